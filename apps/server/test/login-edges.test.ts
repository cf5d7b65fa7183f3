import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { createTestApp, TEST_ENV, type TestApp } from './helpers/test-app.ts';

/** Login limits that cannot be walked around: not by a forged header, not by trying one account. */
let production: TestApp;
let lab: TestApp;
beforeAll(async () => {
  production = await createTestApp(
    {
      NODE_ENV: 'production',
      DEMO_LOGIN: '',
      DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
      LOGIN_RATE_LIMIT: '3',
    },
    { demoData: false },
  );
  lab = await createTestApp({ TRUST_PROXY: '127.0.0.1', LOGIN_LOCK_FAILURES: '3', LOGIN_LOCK_MINUTES: '10' });
  // A real account (no demo description): the demo door must not let anyone try it over and over.
  await lab.database.ownerQuery(
    `insert into app_user (tenant_id, id, display_name, role, organisation_id)
     values ('0394', 'u-real-coordinator', 'Synthetische Regisseur', 'coordinator', null)`,
  );
}, 600_000);
afterAll(async () => {
  await production?.close();
  await lab?.close();
});

/** Each attempt as a fresh browser that fetched its CSRF token first, as a scripted attacker would. */
async function demoLogin(t: TestApp, userId: string, forwardedFor?: string) {
  const client = t.client();
  const headers = forwardedFor ? { 'x-forwarded-for': forwardedFor } : {};
  client.csrfToken = (await client.request({ url: '/api/auth/csrf', headers })).json().csrfToken;
  return client.request({ method: 'POST', url: '/api/auth/demo-login', headers, payload: { userId } });
}

describe('login rate limit', () => {
  it('ignores X-Forwarded-For without TRUST_PROXY, so a new header per request does not reset it', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await demoLogin(production, 'u-x', `203.0.113.${i}`)).statusCode);
    expect(statuses.slice(0, 3).every((s) => s !== 429)).toBe(true);
    expect(statuses.slice(3)).toEqual([429, 429]);
    const last = await demoLogin(production, 'u-x', '198.51.100.9');
    expect(last.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(last.json().code).toBe('rate_limited');
  });

  it('believes X-Forwarded-For only from a configured proxy', async () => {
    expect(lab.config.trustProxy).toEqual(['127.0.0.1']);
    const response = await demoLogin(lab, 'u-sanne', '192.0.2.44');
    expect(response.statusCode).toBe(200);
    const [row] = await lab.database.ownerQuery<{ client_address: string }>(
      `select client_address from audit_log where action = 'auth.login' order by id desc limit 1`,
    );
    expect(row?.client_address).toBe('192.0.2.44');
  });
});

describe('account lockout', () => {
  async function auditActions(userId: string) {
    const rows = await lab.database.ownerQuery<{ action: string; outcome: string }>(
      `select action, outcome from audit_log where subject_id = $1 and action like 'auth.%' order by id`,
      [userId],
    );
    return rows.map((r) => `${r.action}:${r.outcome}`);
  }

  it('locks an account after repeated failures, with a clear message and audit events', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 3; i++) {
      codes.push((await demoLogin(lab, 'u-real-coordinator', `192.0.2.${100 + i}`)).json().code);
    }
    expect(codes).toEqual(['unknown_user', 'unknown_user', 'unknown_user']);
    const locked = await demoLogin(lab, 'u-real-coordinator', '192.0.2.200');
    expect(locked.statusCode).toBe(423);
    expect(locked.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(locked.json().code).toBe('account_locked');
    expect(locked.json().message.nl).toMatch(/tijdelijk geblokkeerd/);
    expect(locked.json().message.en).toMatch(/temporarily locked/);
    expect(await auditActions('u-real-coordinator')).toEqual([
      'auth.login_failed:denied',
      'auth.login_failed:denied',
      'auth.account_locked:denied',
      'auth.login_refused_locked:denied',
    ]);
  });

  it('keeps other accounts open and clears the count on success', async () => {
    expect((await demoLogin(lab, 'u-sanne')).statusCode).toBe(200);
    const [row] = await lab.database.ownerQuery<{ n: string }>('select count(*) as n from login_failure');
    // Only the locked account remains; the table holds hashes, never the user id itself.
    expect(Number(row!.n)).toBe(1);
    const keys = await lab.database.ownerQuery<{ account_key: string }>(
      'select account_key from login_failure',
    );
    expect(keys[0]!.account_key).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('login configuration', () => {
  it('trusts no proxy by default and accepts only addresses and CIDRs', () => {
    expect(loadConfig(TEST_ENV).trustProxy).toEqual([]);
    expect(loadConfig({ ...TEST_ENV, TRUST_PROXY: '10.0.0.0/8, ::1,loopback' }).trustProxy).toEqual([
      '10.0.0.0/8',
      '::1',
      'loopback',
    ]);
    expect(() => loadConfig({ ...TEST_ENV, TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(loadConfig(TEST_ENV).loginLock).toEqual({ failures: 5, minutes: 15 });
  });
});
