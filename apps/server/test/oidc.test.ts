import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from './helpers/test-app.ts';

/**
 * Real OpenID Connect login against an in-process oidc-provider (no mocks): the app discovers
 * the issuer over HTTP, the browser part of the flow is driven with fetch, and the code is
 * exchanged (PKCE, client secret, ID token signature, state and nonce) by the app itself.
 */

const CLIENT_ID = 'een-plan';
const CLIENT_SECRET = 'een-plan-test-client-secret-0123456789';
const REDIRECT_URI = 'http://localhost:3000/api/auth/oidc/callback';

let issuer: string;
let idp: Server;
let t: TestApp;

beforeAll(async () => {
  idp = createServer();
  idp.listen(0, '127.0.0.1');
  await once(idp, 'listening');
  issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [REDIRECT_URI],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    findAccount: (_ctx: unknown, accountId: string) => ({ accountId, claims: () => ({ sub: accountId }) }),
    claims: { openid: ['sub'], profile: ['name'], email: ['email', 'email_verified'] },
    pkce: { required: () => true },
    cookies: { keys: ['oidc-test-cookie-key-0123456789abcdef'] },
    features: { devInteractions: { enabled: true } },
  });
  idp.on('request', provider.callback());

  t = await createTestApp({
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: CLIENT_ID,
    OIDC_CLIENT_SECRET: CLIENT_SECRET,
    OIDC_REDIRECT_URI: REDIRECT_URI,
    LOGIN_RATE_LIMIT: '1000',
  });
});

afterAll(async () => {
  await t?.close();
  idp?.closeAllConnections();
  await new Promise<void>((resolve) => (idp ? idp.close(() => resolve()) : resolve()));
});

/** Starts the login in the app and returns where the browser is sent. */
async function startLogin(c: TestClient): Promise<URL> {
  const res = await c.request({ url: '/api/auth/oidc/login' });
  expect(res.statusCode).toBe(302);
  expect(c.cookies.has('ep_oidc')).toBe(true);
  const location = new URL(String(res.headers.location));
  expect(location.origin).toBe(issuer);
  expect(location.searchParams.get('client_id')).toBe(CLIENT_ID);
  expect(location.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
  expect(location.searchParams.get('code_challenge_method')).toBe('S256');
  return location;
}

/**
 * Plays the browser at the provider: follows redirects with its own cookie jar, submits the
 * development login form with `login` and confirms consent, until the provider redirects back to
 * the app. Every step must be one the flow expects; anything else fails the test.
 */
async function authorizeAtProvider(authorizationUrl: URL, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = authorizationUrl;
  let init: { method: 'GET' | 'POST'; body?: URLSearchParams } = { method: 'GET' };
  for (let step = 0; step < 10; step++) {
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(url, { ...init, redirect: 'manual', headers: cookie ? { cookie } : {} });
    for (const header of res.headers.getSetCookie()) {
      const [pair = ''] = header.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = value === '' || /expires=Thu, 01 Jan 1970/i.test(header);
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
    if (res.status === 302 || res.status === 303) {
      await res.body?.cancel();
      const next = new URL(String(res.headers.get('location')), url);
      if (`${next.origin}${next.pathname}` === REDIRECT_URI) return next;
      expect(next.origin).toBe(issuer);
      url = next;
      init = { method: 'GET' };
      continue;
    }
    const html = await res.text();
    if (res.status !== 200) {
      throw new Error(`provider answered ${res.status} at ${url.pathname}: ${html.slice(0, 500)}`);
    }
    const [, action, fields] =
      /<form[^>]*action="([^"]+)"[^>]*method="post"[^>]*>([\s\S]*?)<\/form>/i.exec(html) ?? [];
    const prompt = fields ? /name="prompt" value="([^"]+)"/.exec(fields)?.[1] : undefined;
    if (!action || !prompt) throw new Error(`no interaction form at ${url.pathname}: ${html.slice(0, 500)}`);
    const body = new URLSearchParams({ prompt });
    if (prompt === 'login') {
      body.set('login', login);
      body.set('password', 'any password will do');
    } else if (prompt !== 'consent') {
      throw new Error(`unexpected prompt ${prompt}`);
    }
    url = new URL(action.replaceAll('&amp;', '&'), url);
    init = { method: 'POST', body };
  }
  throw new Error('the provider never redirected back to the app');
}

function defined<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`missing ${what}`);
  return value;
}

/** A different value of the same shape (base64url state): only the last character changes. */
const alter = (value: string) => `${value.slice(0, -1)}${value.endsWith('A') ? 'B' : 'A'}`;

/** The path and query of the app's redirect URI, as the browser would request it. */
const callbackPath = (redirect: URL) => `${redirect.pathname}${redirect.search}`;

async function loginWithOidc(c: TestClient, login: string) {
  const redirect = await authorizeAtProvider(await startLogin(c), login);
  expect(redirect.searchParams.get('code')).toBeTruthy();
  return c.request({ url: callbackPath(redirect) });
}

describe('OpenID Connect login against a real provider', () => {
  it('advertises OIDC in the auth config', async () => {
    const res = await t.client().request({ url: '/api/auth/config' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ oidc: true });
  });

  it('logs a coordinator in, creates a session and audits the login', async () => {
    const c = t.client();
    const res = await loginWithOidc(c, 'sanne.devries');
    expect(res.statusCode, res.body).toBe(302);
    expect(res.headers.location).toBe('/werkruimte');
    const sessionCookie = res.cookies.find((x) => x.name === 'ep_session') as
      | { value: string; httpOnly?: boolean; sameSite?: string }
      | undefined;
    expect(sessionCookie?.value).toBeTruthy();
    expect(sessionCookie?.httpOnly).toBe(true);
    expect(sessionCookie?.sameSite).toBe('Lax');
    expect(c.cookies.has('ep_oidc')).toBe(false);

    const session = await c.request({ url: '/api/auth/session' });
    expect(session.statusCode).toBe(200);
    expect(session.json().user).toMatchObject({ id: 'u-sanne', role: 'coordinator', tenantId: '0394' });

    const sessions = await t.database.ownerQuery<{ auth_method: string }>(
      `select auth_method from session where user_id = 'u-sanne'`,
    );
    expect(sessions.map((s) => s.auth_method)).toEqual(['oidc']);
    const audits = await t.database.ownerQuery<{ outcome: string; details: { method?: string } }>(
      `select outcome, details from audit_log where action = 'auth.login' and actor_user_id = 'u-sanne'`,
    );
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ outcome: 'success', details: { method: 'oidc' } });
  });

  it('sends a resident to their own plan', async () => {
    const c = t.client();
    const res = await loginWithOidc(c, 'anouk.jansen');
    expect(res.statusCode, res.body).toBe(302);
    expect(res.headers.location).toBe('/mijn-plan');
    const session = await c.request({ url: '/api/auth/session' });
    expect(session.statusCode).toBe(200);
    expect(session.json().user).toMatchObject({ id: 'u-anouk', role: 'resident' });
  });

  it('refuses a subject without an Eén Plan account', async () => {
    const c = t.client();
    const res = await loginWithOidc(c, 'nobody.here');
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('oidc_unknown_account');
    expect(res.cookies.find((x) => x.name === 'ep_session')).toBeUndefined();
    expect(c.cookies.has('ep_session')).toBe(false);
    expect((await c.request({ url: '/api/auth/session' })).json().user).toBeNull();
  });

  it('rejects a callback without the login cookie', async () => {
    const redirect = await authorizeAtProvider(await startLogin(t.client()), 'sanne.devries');
    const stranger = t.client();
    const res = await stranger.request({ url: callbackPath(redirect) });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('oidc_failed');
    expect(stranger.cookies.has('ep_session')).toBe(false);
  });

  it('rejects a tampered login cookie', async () => {
    const c = t.client();
    const redirect = await authorizeAtProvider(await startLogin(c), 'sanne.devries');
    const signed = defined(c.cookies.get('ep_oidc'), 'login cookie');
    const state = defined(redirect.searchParams.get('state'), 'state');
    // Keep the signature but change the login state it covers.
    const forged = alter(state);
    c.cookies.set('ep_oidc', signed.replace(state, forged));
    expect(c.cookies.get('ep_oidc')).not.toBe(signed);
    const res = await c.request({ url: callbackPath(redirect) });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('oidc_failed');
    expect(c.cookies.has('ep_session')).toBe(false);
  });

  it('rejects a callback whose state does not match the login cookie', async () => {
    const c = t.client();
    const redirect = await authorizeAtProvider(await startLogin(c), 'sanne.devries');
    const login = defined(c.cookies.get('ep_oidc'), 'login cookie');
    const state = defined(redirect.searchParams.get('state'), 'state');
    const altered = new URL(redirect);
    altered.searchParams.set('state', alter(state));
    const res = await c.request({ url: callbackPath(altered) });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('oidc_failed');
    expect(c.cookies.has('ep_session')).toBe(false);

    // Only the state was wrong: with the original state the same code and login cookie work.
    c.cookies.set('ep_oidc', login);
    const ok = await c.request({ url: callbackPath(redirect) });
    expect(ok.statusCode, ok.body).toBe(302);
    expect(c.cookies.has('ep_session')).toBe(true);
  });

  it('rejects a code delivered to a browser with a different login (state mismatch)', async () => {
    const victim = t.client();
    const attacker = t.client();
    const attackerRedirect = await authorizeAtProvider(await startLogin(attacker), 'sanne.devries');
    await startLogin(victim);
    const injected = await victim.request({ url: callbackPath(attackerRedirect) });
    expect(injected.statusCode).toBe(401);
    expect(injected.json().code).toBe('oidc_failed');
    expect(victim.cookies.has('ep_session')).toBe(false);

    // The code itself was valid: the browser that started the login can still redeem it.
    const own = await attacker.request({ url: callbackPath(attackerRedirect) });
    expect(own.statusCode, own.body).toBe(302);
    expect(attacker.cookies.has('ep_session')).toBe(true);
  });

  it('does not accept the same code twice', async () => {
    const c = t.client();
    const redirect = await authorizeAtProvider(await startLogin(c), 'sanne.devries');
    const login = defined(c.cookies.get('ep_oidc'), 'login cookie');
    expect((await c.request({ url: callbackPath(redirect) })).statusCode).toBe(302);
    const replay = t.client();
    replay.cookies.set('ep_oidc', login);
    const res = await replay.request({ url: callbackPath(redirect) });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('oidc_failed');
    expect(replay.cookies.has('ep_session')).toBe(false);
  });
});

describe('without OpenID Connect configuration', () => {
  let plain: TestApp;
  beforeAll(async () => {
    plain = await createTestApp();
  });
  afterAll(() => plain?.close());

  it('answers 404 oidc_not_configured on login and callback', async () => {
    const c = plain.client();
    const config = await c.request({ url: '/api/auth/config' });
    expect(config.json()).toMatchObject({ oidc: false });
    const login = await c.request({ url: '/api/auth/oidc/login' });
    expect(login.statusCode).toBe(404);
    expect(login.json().code).toBe('oidc_not_configured');
    expect(c.cookies.has('ep_oidc')).toBe(false);
    const callback = await c.request({ url: '/api/auth/oidc/callback?code=x&state=y' });
    expect(callback.statusCode).toBe(404);
    expect(callback.json().code).toBe('oidc_not_configured');
  });
});
