import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/audit/verify.ts';
import { openPglite } from '../src/db/database.ts';
import { openDatabase } from '../src/db/open.ts';
import { awaitTemplate } from './helpers/database-templates.ts';
import { databaseTemplates } from './helpers/test-database.ts';

const serverEntry = join(import.meta.dirname, '../src/main.ts');
const dataDir = mkdtempSync(join(tmpdir(), 'eenplan-durability-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/**
 * The data directory starts as a copy of the run's demo template, so the first start only opens it
 * (migrating and loading the story took minutes of this test on a busy machine). The key the story
 * was encrypted with goes to the server too. Without a template (a file run alone) the first start
 * migrates and loads the story itself.
 */
async function seedDataDir(): Promise<Record<string, string>> {
  const templates = databaseTemplates();
  if (!templates) return {};
  const template = await awaitTemplate(templates, 'demo');
  if (template.kind !== 'pglite') return {};
  const database = await openPglite(join(dataDir, 'pglite'), {
    loadDataDir: new Blob([readFileSync(template.dumpFile)]),
  });
  await database.close();
  return { DATA_ENCRYPTION_KEY: templates.dataEncryptionKey };
}

async function startServer(port: number, extraEnv: Record<string, string>): Promise<ChildProcess> {
  // One process (not the tsx wrapper), so SIGKILL really kills the server that holds the database.
  const child = spawn(process.execPath, ['--import', 'tsx', serverEntry], {
    env: {
      ...process.env,
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
      DEMO_LOGIN: 'true',
      JOBS: 'false',
      LOGIN_RATE_LIMIT: '100000',
      NODE_ENV: 'development',
      ...extraEnv,
    },
    // Unread pipes would fill up and stall the server; only its errors matter here.
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // A first start without a template migrates and loads the demo data: minutes on a busy machine.
  // The limit says "hung".
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not become ready');
}

/** Resolves when the process has ended, also when it ended before we started waiting. */
function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

const cookieOf = (res: Response, name: string) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith(`${name}=`));

/** One acknowledged write: a demo login creates a session row and an audit row. */
async function login(base: string, userId: string): Promise<string | undefined> {
  const csrf = await fetch(`${base}/api/auth/csrf`, { signal: AbortSignal.timeout(10_000) });
  const token = ((await csrf.json()) as { csrfToken: string }).csrfToken;
  const res = await fetch(`${base}/api/auth/demo-login`, {
    method: 'POST',
    signal: AbortSignal.timeout(10_000),
    headers: {
      'content-type': 'application/json',
      'x-csrf-token': token,
      cookie: cookieOf(csrf, 'ep_csrf')!,
    },
    body: JSON.stringify({ userId }),
  });
  if (res.status !== 200) return undefined;
  await res.arrayBuffer();
  return cookieOf(res, 'ep_session');
}

// The embedded engine is the subject: with DATABASE_URL set (the PostgreSQL pass) it would only run the
// same PGlite test a second time.
describe.skipIf(Boolean(process.env.DATABASE_URL))('embedded database durability', () => {
  it('keeps every acknowledged write after kill -9 of the server mid-load', async () => {
    // PGlite starts with fsync off unless told otherwise; this is the guarantee that we did.
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = await seedDataDir();
    const first = await startServer(port, env);
    const acknowledged: string[] = [];
    let killed = false;
    const users = ['u-sanne', 'u-ahmed', 'u-anouk', 'u-lisa'];
    const worker = async (w: number) => {
      for (let i = 0; !killed; i++) {
        // Requests cut off by the kill are not acknowledged, so they may be lost.
        const cookie = await login(base, users[(w + i) % users.length]!).catch(() => undefined);
        if (cookie && !killed) acknowledged.push(cookie);
      }
    };
    const workers = [0, 1, 2, 3].map(worker);
    while (acknowledged.length < 120) {
      if (first.exitCode !== null) throw new Error('server died under load');
      await new Promise((r) => setTimeout(r, 20));
    }
    // Kill while requests are still in flight: no graceful shutdown, no flush.
    first.kill('SIGKILL');
    killed = true;
    await Promise.all(workers);
    await exited(first);
    expect(acknowledged.length).toBeGreaterThanOrEqual(120);

    const second = await startServer(port, env);
    try {
      const lost: string[] = [];
      for (const cookie of acknowledged) {
        const res = await fetch(`${base}/api/auth/session`, { headers: { cookie } });
        if (res.status !== 200) lost.push(cookie.slice(0, 20));
        await res.arrayBuffer();
      }
      expect(lost).toEqual([]);
    } finally {
      second.kill('SIGTERM');
      await exited(second);
    }
    const database = await openDatabase({ dataDir, databaseUrl: undefined });
    try {
      const fsync = await database.ownerQuery<{ fsync: string }>('show fsync');
      expect(fsync[0]?.fsync).toBe('on');
      const chain = await verifyAuditChain(database);
      expect(chain.ok).toBe(true);
    } finally {
      await database.close();
    }
  }, 600_000);
});
