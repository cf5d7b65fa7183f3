import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { verifyAuditChain } from '../../src/audit/verify.ts';
import { type Config, loadConfig } from '../../src/config/config.ts';
import { configureDataEncryption } from '../../src/crypto/data-encryption.ts';
import { buildApp } from '../../src/http/app.ts';
import { createTestDatabase, databaseTemplates, type TestDatabase } from './test-database.ts';

export interface TestApp extends TestDatabase {
  app: FastifyInstance;
  config: Config;
  /** A browser-like client: keeps cookies and sends the CSRF token on state-changing calls. */
  client(): TestClient;
  close(): Promise<void>;
}

export interface TestClient {
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  loginAs(userId: string): Promise<LightMyRequestResponse>;
  cookies: Map<string, string>;
  csrfToken: string | undefined;
}

export const TEST_ENV = {
  NODE_ENV: 'test',
  DATA_DIR: '/nonexistent-test-data-dir',
  SESSION_SECRET: 'test-secret-test-secret-test-secret-123',
  DEMO_LOGIN: 'true',
  LOG_LEVEL: 'silent',
};

export async function createTestApp(
  env: Record<string, string> = {},
  opts: { demoData?: boolean } = {},
): Promise<TestApp> {
  // The run's key, which the demo template's encrypted fields were written with.
  const key = databaseTemplates()?.dataEncryptionKey;
  const config = loadConfig({ ...TEST_ENV, ...(key ? { DATA_ENCRYPTION_KEY: key } : {}), ...env });
  configureDataEncryption(config.dataEncryptionKey);
  const testDb = await createTestDatabase({ demoData: opts.demoData !== false });
  let app: FastifyInstance;
  try {
    app = await buildApp({ config, database: testDb.database, logger: false });
    await app.ready();
  } catch (error) {
    await testDb.drop();
    throw error;
  }
  return {
    ...testDb,
    app,
    config,
    client: () => createClient(app),
    async close() {
      await app.close();
      // Whatever the file did, the audit log it leaves must still be one intact hash chain.
      const chain = await verifyAuditChain(testDb.database);
      await testDb.drop();
      if (!chain.ok) throw new Error(`audit chain broken at ${JSON.stringify(chain.firstBreak)}`);
    },
  };
}

export function createClient(app: FastifyInstance): TestClient {
  const client: TestClient = {
    cookies: new Map(),
    csrfToken: undefined,
    async request(opts) {
      const method = (opts.method ?? 'GET').toUpperCase();
      const headers: Record<string, string> = { ...(opts.headers as Record<string, string>) };
      if (client.cookies.size > 0) {
        headers.cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      }
      if (method !== 'GET' && client.csrfToken && !('x-csrf-token' in headers)) {
        headers['x-csrf-token'] = client.csrfToken;
      }
      const response = await app.inject({ ...opts, method: method as InjectOptions['method'], headers });
      for (const c of response.cookies as Array<{
        name: string;
        value: string;
        maxAge?: number;
        expires?: Date;
      }>) {
        const expired =
          c.value === '' ||
          (c.maxAge !== undefined && c.maxAge <= 0) ||
          (c.expires && c.expires.getTime() < Date.now());
        if (expired) client.cookies.delete(c.name);
        else client.cookies.set(c.name, c.value);
      }
      return response;
    },
    async loginAs(userId) {
      const csrf = await client.request({ url: '/api/auth/csrf' });
      client.csrfToken = csrf.json().csrfToken;
      const response = await client.request({
        method: 'POST',
        url: '/api/auth/demo-login',
        payload: { userId },
      });
      if (response.statusCode === 200) client.csrfToken = response.json().csrfToken;
      return response;
    },
  };
  return client;
}
