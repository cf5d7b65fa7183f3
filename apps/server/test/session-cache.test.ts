import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

// The actor behind a session cookie is remembered for SESSION_CACHE_MS (decision 0037): a page's
// burst of requests costs one lookup, and a session ended outside this process stops working within
// that window. Logging out in this process ends it at once.
const WINDOW_MS = 400;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ SESSION_CACHE_MS: String(WINDOW_MS) });
});
afterAll(() => t?.close());

const homeStatus = async (c: ReturnType<TestApp['client']>) =>
  (await c.request({ url: '/api/home' })).statusCode;

describe('the session cache', () => {
  it('refuses a session removed elsewhere once the window has passed', async () => {
    const c = t.client();
    await c.loginAs('u-sanne');
    expect(await homeStatus(c)).toBe(200);
    // As another server process or a retention run would: the row goes, this process is not told.
    await t.database.ownerQuery(`delete from session where user_id = 'u-sanne'`);
    const started = Date.now();
    let status = await homeStatus(c);
    while (status === 200 && Date.now() - started < WINDOW_MS * 3) {
      await new Promise((r) => setTimeout(r, 50));
      status = await homeStatus(c);
    }
    // The loop gives up three windows after the delete, so a 401 here came within that bound.
    expect(status).toBe(401);
  });

  it('ends a session at once when its user logs out here', async () => {
    const c = t.client();
    await c.loginAs('u-sanne');
    expect(await homeStatus(c)).toBe(200);
    const cookie = c.cookies.get('ep_session');
    const logout = await c.request({ method: 'POST', url: '/api/auth/logout' });
    expect(logout.statusCode).toBe(204);
    const again = await t.app.inject({ url: '/api/home', headers: { cookie: `ep_session=${cookie}` } });
    expect(again.statusCode).toBe(401);
  });

  it('never answers past the session expiry', async () => {
    const c = t.client();
    await c.loginAs('u-ahmed');
    expect(await homeStatus(c)).toBe(200);
    await t.database.ownerQuery(
      `update session set expires_at = now() - interval '1 minute' where user_id = 'u-ahmed'`,
    );
    await new Promise((r) => setTimeout(r, WINDOW_MS + 50));
    expect(await homeStatus(c)).toBe(401);
  });
});

describe('without a session cache', () => {
  it('refuses a removed session on the very next request', async () => {
    const off = await createTestApp({ SESSION_CACHE_MS: '0' });
    try {
      const c = off.client();
      await c.loginAs('u-sanne');
      expect(await homeStatus(c)).toBe(200);
      await off.database.ownerQuery(`delete from session where user_id = 'u-sanne'`);
      expect(await homeStatus(c)).toBe(401);
    } finally {
      await off.close();
    }
  });
});
