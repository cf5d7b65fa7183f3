import type { SaveThemeRequest, ThemeTokens } from '@een-plan/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from './helpers/test-app.ts';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = t.client();
  expect((await admin.loginAs('u-erik')).statusCode).toBe(200);
});
afterAll(() => t.close());

const readable: ThemeTokens = {
  '--een-plan-color-background': '#ffffff',
  '--een-plan-color-text': '#1a1a1a',
  '--een-plan-color-text-subtle': '#4d4d4d',
  '--een-plan-color-primary': '#00594f',
  '--een-plan-color-primary-text': '#ffffff',
  '--een-plan-color-link': '#00594f',
  '--een-plan-color-nav-background': '#00594f',
  '--een-plan-color-nav-text': '#ffffff',
  '--een-plan-color-nav-current-background': '#003a33',
  '--een-plan-color-footer-background': '#f2f2f2',
  '--een-plan-color-footer-text': '#1a1a1a',
  '--een-plan-font-family': 'Arial, sans-serif',
};
// A 1×1 PNG.
const pngLogo =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const theme = (patch: Partial<SaveThemeRequest> = {}): SaveThemeRequest => ({
  name: 'Gemeente Haarlemmermeer',
  logo: pngLogo,
  tokens: readable,
  ...patch,
});

async function auditActions() {
  const rows = await t.database.ownerQuery<{ action: string; actor_user_id: string }>(
    "select action, actor_user_id from audit_log where action like 'tenant_theme.%' order by id",
  );
  return rows.map((r) => `${r.action}:${r.actor_user_id}`);
}

describe('tenant theme', () => {
  it('serves the open default theme publicly before anything is saved', async () => {
    const response = await t.client().request({ url: '/api/theme' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ tenantId: '0394', logo: null, tokens: {}, custom: false });
  });

  it('refuses anyone but an administrator', async () => {
    const anonymous = await t.client().request({ method: 'PUT', url: '/api/admin/theme', payload: theme() });
    expect(anonymous.statusCode).toBe(401);
    const coordinator = t.client();
    await coordinator.loginAs('u-sanne');
    const refused = await coordinator.request({ method: 'PUT', url: '/api/admin/theme', payload: theme() });
    expect(refused.statusCode).toBe(403);
    expect((await t.client().request({ url: '/api/theme' })).json().custom).toBe(false);
  });

  it('saves a readable theme, audits it and serves it to everyone of the tenant', async () => {
    const saved = await admin.request({ method: 'PUT', url: '/api/admin/theme', payload: theme() });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ name: 'Gemeente Haarlemmermeer', tokens: readable, custom: true });
    const anonymous = await t.client().request({ url: '/api/theme?tenantId=0394' });
    expect(anonymous.json()).toMatchObject({ logo: pngLogo, tokens: readable });
    expect(await auditActions()).toEqual(['tenant_theme.save:u-erik']);
  });

  it('refuses a low-contrast pair with a 422 naming it in Dutch and English, and keeps the stored theme', async () => {
    const tokens = { ...readable, '--een-plan-color-primary-text': '#7fb0aa' };
    const response = await admin.request({
      method: 'PUT',
      url: '/api/admin/theme',
      payload: theme({ tokens }),
    });
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json();
    expect(problem.code).toBe('theme_contrast_too_low');
    expect(problem.errors).toHaveLength(1);
    expect(problem.errors[0].path).toBe('body.tokens.--een-plan-color-primary-text');
    expect(problem.errors[0].message.nl).toContain('knoptekst op de knopkleur');
    expect(problem.errors[0].message.en).toContain('button text on the button colour');
    expect((await t.client().request({ url: '/api/theme' })).json().tokens).toEqual(readable);
  });

  it('refuses a light link colour on a white page', async () => {
    const tokens = { ...readable, '--een-plan-color-link': '#66a3ff' };
    const response = await admin.request({
      method: 'PUT',
      url: '/api/admin/theme',
      payload: theme({ tokens }),
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'body.tokens.--een-plan-color-link',
    ]);
  });

  it('refuses tokens outside the allow-list, values that are not colours, and logos that are not images', async () => {
    const unknown = await admin.request({
      method: 'PUT',
      url: '/api/admin/theme',
      payload: theme({ tokens: { ...readable, '--utrecht-button-color': '#000000' } as ThemeTokens }),
    });
    expect(unknown.statusCode).toBe(400);
    const injected = await admin.request({
      method: 'PUT',
      url: '/api/admin/theme',
      payload: theme({ tokens: { ...readable, '--een-plan-color-text': 'red; background: url(x)' } }),
    });
    expect(injected.statusCode).toBe(400);
    const fakePng = await admin.request({
      method: 'PUT',
      url: '/api/admin/theme',
      payload: theme({
        logo: `data:image/png;base64,${Buffer.from('<html>not an image</html>').toString('base64')}`,
      }),
    });
    expect(fakePng.statusCode).toBe(422);
    expect(fakePng.json().code).toBe('theme_logo_invalid');
    const scriptedSvg = `data:image/svg+xml;base64,${Buffer.from('<svg onload="alert(1)"></svg>').toString('base64')}`;
    const svg = await admin.request({
      method: 'PUT',
      url: '/api/admin/theme',
      payload: theme({ logo: scriptedSvg }),
    });
    expect(svg.statusCode).toBe(422);
    const huge = `data:image/png;base64,${Buffer.alloc(101 * 1024, 1).toString('base64')}`;
    const tooBig = await admin.request({
      method: 'PUT',
      url: '/api/admin/theme',
      payload: theme({ logo: huge }),
    });
    expect(tooBig.statusCode).toBe(400);
  });

  it('returns to the open default theme on reset', async () => {
    const reset = await admin.request({ method: 'DELETE', url: '/api/admin/theme' });
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toMatchObject({ custom: false, tokens: {}, logo: null });
    expect(await auditActions()).toEqual(['tenant_theme.save:u-erik', 'tenant_theme.reset:u-erik']);
  });
});
