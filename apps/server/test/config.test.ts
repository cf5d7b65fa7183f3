import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/config.ts';
import { loginInstructions } from '../src/config/login-banner.ts';

describe('configuration: demo login and OpenID Connect', () => {
  const secret = 'x'.repeat(40);
  const dataKey = Buffer.alloc(32, 7).toString('base64');
  const oidcEnv = {
    OIDC_ISSUER: 'https://login.example.nl',
    OIDC_CLIENT_ID: 'een-plan',
    OIDC_CLIENT_SECRET: 'client-secret',
    OIDC_REDIRECT_URI: 'https://eenplan.example.nl/api/auth/oidc/callback',
  };

  it('refuses to enable the demo login in production', () => {
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        DEMO_LOGIN: 'true',
        SESSION_SECRET: secret,
        DATA_ENCRYPTION_KEY: dataKey,
      }),
    ).toThrow(ConfigError);
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        DEMO_LOGIN: '1',
        SESSION_SECRET: secret,
        DATA_ENCRYPTION_KEY: dataKey,
      }),
    ).toThrow(/DEMO_LOGIN/);
  });

  it('keeps the demo login off in production when DEMO_LOGIN is not set', () => {
    expect(
      loadConfig({ NODE_ENV: 'production', SESSION_SECRET: secret, DATA_ENCRYPTION_KEY: dataKey }).demoLogin,
    ).toBe(false);
    expect(
      loadConfig({
        NODE_ENV: 'production',
        DEMO_LOGIN: 'false',
        SESSION_SECRET: secret,
        DATA_ENCRYPTION_KEY: dataKey,
      }).demoLogin,
    ).toBe(false);
  });

  it('requires a session secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
  });

  it('requires a 32-byte data encryption key in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: secret })).toThrow(
      /DATA_ENCRYPTION_KEY/,
    );
    expect(() =>
      loadConfig({ NODE_ENV: 'production', SESSION_SECRET: secret, DATA_ENCRYPTION_KEY: 'c2hvcnQ=' }),
    ).toThrow(/DATA_ENCRYPTION_KEY/);
  });

  it('rejects a partial OIDC configuration', () => {
    const base = { NODE_ENV: 'production', SESSION_SECRET: secret, DATA_ENCRYPTION_KEY: dataKey };
    expect(() => loadConfig({ ...base, OIDC_ISSUER: oidcEnv.OIDC_ISSUER })).toThrow(/OIDC needs all of/);
    for (const missing of Object.keys(oidcEnv) as Array<keyof typeof oidcEnv>) {
      const partial: Record<string, string> = { ...base, ...oidcEnv };
      delete partial[missing];
      expect(() => loadConfig(partial), `without ${missing}`).toThrow(ConfigError);
    }
  });

  it('enables OIDC when all four variables are set, and not otherwise', () => {
    const base = { NODE_ENV: 'production', SESSION_SECRET: secret, DATA_ENCRYPTION_KEY: dataKey };
    expect(loadConfig({ ...base, ...oidcEnv }).oidc).toEqual({
      issuer: oidcEnv.OIDC_ISSUER,
      clientId: oidcEnv.OIDC_CLIENT_ID,
      clientSecret: oidcEnv.OIDC_CLIENT_SECRET,
      redirectUri: oidcEnv.OIDC_REDIRECT_URI,
    });
    expect(loadConfig(base).oidc).toBeUndefined();
  });
});

describe('configuration: the interface to listen on', () => {
  it('refuses an empty HOST instead of silently listening everywhere', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', HOST: '' })).toThrow(/HOST: must not be empty/);
    expect(loadConfig({ NODE_ENV: 'test' }).host).toBe('0.0.0.0');
  });

  it('accepts a read replica only beside a PostgreSQL primary', () => {
    const replica = 'postgres://reader@replica.example.nl/eenplan';
    expect(() => loadConfig({ NODE_ENV: 'test', READ_DATABASE_URL: replica })).toThrow(
      /READ_DATABASE_URL is a replica of DATABASE_URL/,
    );
    expect(() =>
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://p/e', READ_DATABASE_URL: 'mysql://x' }),
    ).toThrow(/READ_DATABASE_URL must start with postgres/);
    expect(
      loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://p/e', READ_DATABASE_URL: replica })
        .readDatabaseUrl,
    ).toBe(replica);
  });
});

describe('start-up banner: how to log in', () => {
  const url = 'http://localhost:3000';
  it('says what to configure when neither OIDC nor the demo login is on', () => {
    const line = loginInstructions({ demoLogin: false, oidc: undefined }, url);
    expect(line).toContain('nog niet mogelijk');
    expect(line).toContain('OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET en OIDC_REDIRECT_URI');
  });
  it('names the issuer when OIDC is configured, and the demo users when the demo login is on', () => {
    const oidc = { issuer: 'https://login.example.nl', clientId: 'a', clientSecret: 'b', redirectUri: url };
    expect(loginInstructions({ demoLogin: false, oidc }, url)).toContain('https://login.example.nl');
    expect(loginInstructions({ demoLogin: true, oidc: undefined }, url)).toContain('Demo-inloggen');
  });
});
