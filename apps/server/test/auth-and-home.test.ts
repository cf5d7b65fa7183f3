import { Role } from '@een-plan/contracts';
import { describe, expect, it } from 'vitest';
import { appOfFile } from './helpers/file-app.ts';
import { createTestApp } from './helpers/test-app.ts';

const { app } = appOfFile();

describe('demo login, session, home and logout', () => {
  it('lists demo users for every role, including two residents', async () => {
    const res = await app().client().request({ url: '/api/auth/demo-users' });
    expect(res.statusCode).toBe(200);
    const roles = res.json().users.map((u: { role: string }) => u.role);
    for (const role of Role.options.filter((r) => r !== 'resident')) {
      expect(roles).toContain(role);
    }
    expect(roles.filter((r: string) => r === 'resident')).toHaveLength(2);
  });

  it('logs a coordinator in with an httpOnly SameSite cookie and shows the caseload', async () => {
    const c = app().client();
    const login = await c.loginAs('u-sanne');
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((x) => x.name === 'ep_session') as {
      httpOnly?: boolean;
      sameSite?: string;
    };
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(login.json().user).toMatchObject({
      role: 'coordinator',
      tenantId: '0394',
      tenantName: 'Gemeente Haarlemmermeer',
    });

    const home = await c.request({ url: '/api/home' });
    expect(home.statusCode).toBe(200);
    const body = home.json();
    expect(body.kind).toBe('coordinator');
    expect(body.teamName).toBe('Sociaal team Nieuw-Vennep');
    expect(body.caseload.items.map((h: { name: string }) => h.name)).toEqual([
      'Gezin Jansen',
      'Gezin Öztürk',
    ]);
  });

  it('gives a resident only their own household', async () => {
    const c = app().client();
    await c.loginAs('u-anouk');
    const home = await c.request({ url: '/api/home' });
    expect(home.statusCode).toBe(200);
    expect(home.json()).toMatchObject({
      kind: 'portal',
      householdName: 'Gezin Jansen',
      coordinatorName: 'Sanne de Vries',
    });
    expect(
      home
        .json()
        .members.map((m: { firstName: string }) => m.firstName)
        .sort(),
    ).toEqual(['Anouk', 'Lisa', 'Mark', 'Tom']);
  });

  it('audits every household shown in a caseload, in one event', async () => {
    const c = app().client();
    await c.loginAs('u-ahmed');
    await c.request({ url: '/api/home' });
    // One event per page, naming every household it showed.
    const rows = await app().database.ownerQuery<{
      subject_ids: string[];
      actor_role: string;
      purpose: string;
    }>(
      `select subject_ids, actor_role, purpose from audit_log where action = 'household.list' and actor_user_id = 'u-ahmed'`,
    );
    expect(rows).toHaveLength(1);
    expect([...(rows[0]?.subject_ids ?? [])].sort()).toEqual(['hh-jansen', 'hh-ozturk']);
    expect(rows[0]).toMatchObject({ actor_role: 'team_lead', purpose: 'caseload' });
  });

  it('ends the session on logout, after which the API answers 401', async () => {
    const c = app().client();
    await c.loginAs('u-sanne');
    const sessionCookie = c.cookies.get('ep_session');
    const out = await c.request({ method: 'POST', url: '/api/auth/logout' });
    expect(out.statusCode).toBe(204);
    const after = await app().app.inject({
      url: '/api/home',
      headers: { cookie: `ep_session=${sessionCookie}` },
    });
    expect(after.statusCode).toBe(401);
    expect(after.headers['content-type']).toContain('application/problem+json');
  });

  it('rejects an unknown demo user with a problem, not a session', async () => {
    const c = app().client();
    const res = await c.loginAs('u-nobody');
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('unknown_user');
    expect(c.cookies.has('ep_session')).toBe(false);
  });

  it('refuses a forged or expired session cookie', async () => {
    const res = await app().app.inject({
      url: '/api/auth/session',
      headers: { cookie: 'ep_session=0394.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toBeNull();
    const home = await app().app.inject({
      url: '/api/home',
      headers: { cookie: 'ep_session=0394.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
    });
    expect(home.statusCode).toBe(401);
    await app().database.ownerQuery(`update session set expires_at = now() - interval '1 minute'`);
    const c = app().client();
    await c.loginAs('u-sanne');
    await app().database.ownerQuery(`update session set expires_at = now() - interval '1 minute'`);
    expect((await c.request({ url: '/api/auth/session' })).json().user).toBeNull();
  });
});

describe('demo login switched off', () => {
  it('answers 404 problems and creates no session', async () => {
    const off = await createTestApp({ DEMO_LOGIN: 'false' });
    try {
      const c = off.client();
      expect((await c.request({ url: '/api/auth/demo-users' })).statusCode).toBe(404);
      const login = await c.loginAs('u-sanne');
      expect(login.statusCode).toBe(404);
      expect(login.json().code).toBe('demo_login_disabled');
      expect((await c.request({ url: '/api/auth/config' })).json()).toEqual({
        demoLogin: false,
        oidc: false,
      });
    } finally {
      await off.close();
    }
  });
});
