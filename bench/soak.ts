// npm run bench:soak -- [--minutes 30] [--window 60] [--connections 10] [--mode both|postgres|embedded]
//   [--database-url URL]
// Mixed load for a long time (issue 18): the coordinator's home, a dossier, a plan and a name search
// in turn, on PostgreSQL (the bench database) and on the embedded database (a fresh demo data dir).
// Every window reports throughput, latency and the server's resident memory; at the end the growth
// after warm-up (the first window), which should stay under 10 %.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request } from 'autocannon';
import pg from 'pg';
import { intOption, parseArgs } from './lib/args.ts';
import { databaseUrl } from './lib/database.ts';
import { measureOnly } from './run/load.ts';
import { writeResults } from './run/report.ts';
import { residentMb, startAppServer } from './run/scenarios.ts';
import { freePort, type RunningServer, startServer, stopServer } from './run/servers.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const log = (line: string) => process.stderr.write(`${line}\n`);
const out = (line: string) => process.stdout.write(`${line}\n`);
/** What `npm start` runs (package.json builds it first when stale): memory is the product's, not tsx's. */
const BUILT = join(root, 'apps/server/dist/main.js');
const COORDINATOR = 'u-sanne';
const HOUSEHOLD = 'hh-jansen';

interface Window {
  minute: number;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  failures: number;
  rssMb: number | null;
}

/** A browser's session: the demo login's cookies and CSRF token, as the web app holds them. */
async function demoLogin(baseUrl: string, userId: string): Promise<Record<string, string>> {
  const cookies = new Map<string, string>();
  const keep = (response: Response) => {
    for (const c of response.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const cookie = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const login = await fetch(`${baseUrl}/api/auth/demo-login`, {
    method: 'POST',
    headers: { cookie: cookie(), 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify({ userId }),
  });
  if (!login.ok) throw new Error(`demo login as ${userId} answered ${login.status}`);
  keep(login);
  const after = (await login.json()) as { csrfToken?: string };
  return { cookie: cookie(), 'x-csrf-token': after.csrfToken ?? csrfToken };
}

/** The mix, in the order one connection sends it (autocannon cycles through the list). */
function mixedRequests(headers: Record<string, string>): Request[] {
  return [
    { method: 'GET', path: '/api/home', headers },
    { method: 'GET', path: `/api/households/${HOUSEHOLD}`, headers },
    { method: 'GET', path: `/api/households/${HOUSEHOLD}/plan`, headers },
    {
      method: 'POST',
      path: '/api/households/search',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'name', name: 'jan' }),
    },
  ];
}

async function soak(
  name: string,
  server: RunningServer,
  options: { minutes: number; window: number; connections: number },
): Promise<{ windows: Window[]; rssGrowth: number | null; p99Trend: number | null }> {
  const headers = await demoLogin(server.baseUrl, COORDINATOR);
  const requests = mixedRequests(headers);
  for (const r of requests) {
    const response = await fetch(`${server.baseUrl}${r.path}`, {
      method: r.method,
      headers: r.headers as Record<string, string>,
      body: r.body as string | undefined,
    });
    if (!response.ok) throw new Error(`${name}: ${r.method} ${r.path} answered ${response.status}`);
  }
  const windows: Window[] = [];
  const count = Math.max(1, Math.round((options.minutes * 60) / options.window));
  for (let i = 0; i < count; i++) {
    const r = await measureOnly({
      url: server.baseUrl,
      connections: options.connections,
      duration: options.window,
      warmup: 0,
      requests: async () => requests,
    });
    const w: Window = {
      minute: Math.round(((i + 1) * options.window) / 6) / 10,
      reqPerSec: r.reqPerSec,
      p50Ms: r.p50Ms,
      p99Ms: r.p99Ms,
      failures: r.non2xx + r.errors + r.timeouts,
      rssMb: residentMb(server),
    };
    windows.push(w);
    log(
      `${name} ${w.minute.toFixed(1)} min: ${w.reqPerSec.toFixed(0)} req/s, p50 ${w.p50Ms.toFixed(1)} ms, p99 ${w.p99Ms.toFixed(1)} ms, RSS ${w.rssMb ?? 'n/a'} MB, failures ${w.failures}`,
    );
  }
  // The first window warms the JIT, the caches and the pools; growth counts from its end.
  const first = windows[0];
  const last = windows.at(-1);
  const rssGrowth = first?.rssMb && last?.rssMb && windows.length > 1 ? last.rssMb / first.rssMb - 1 : null;
  const settled = windows[1];
  const p99Trend = settled && last && windows.length > 2 ? last.p99Ms / settled.p99Ms : null;
  return { windows, rssGrowth, p99Trend };
}

async function main() {
  const args = parseArgs(process.argv.slice(2), ['minutes', 'window', 'connections', 'mode', 'database-url']);
  const options = {
    minutes: intOption(args, 'minutes', 30),
    window: intOption(args, 'window', 60, 5),
    connections: intOption(args, 'connections', 10),
  };
  const mode = args.get('mode') ?? 'both';
  if (!['both', 'postgres', 'embedded'].includes(mode))
    throw new Error('--mode is both, postgres or embedded');
  const startedAt = new Date();
  const report: Record<string, unknown> = { startedAt: startedAt.toISOString(), options };

  if (mode !== 'embedded') {
    const url = databaseUrl(args);
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    const { rows } = await pool.query<{ n: string }>('select count(*) as n from app_user where id = $1', [
      COORDINATOR,
    ]);
    await pool.end();
    if (rows[0]?.n !== '1') throw new Error('the bench database holds no demo story: run npm run bench:seed');
    // The bench database has no demo login: the server gets it for this run only.
    const server = await startAppServer(
      url,
      'postgres',
      { DEMO_LOGIN: 'true', NODE_ENV: 'development' },
      BUILT,
    );
    try {
      report.postgres = await soak('postgres', server, options);
    } finally {
      await stopServer(server);
    }
  }
  if (mode !== 'postgres') {
    const dataDir = mkdtempSync(join(tmpdir(), 'een-plan-soak-'));
    const env = { DATA_DIR: dataDir, DEMO_LOGIN: 'true', JOBS: 'false', LOG_LEVEL: 'warn', DATABASE_URL: '' };
    const server = await startServer(
      'embedded',
      join(root, 'apps/server/src/main.ts'),
      await freePort(),
      env,
    );
    try {
      report.embedded = await soak('embedded', server, options);
    } finally {
      await stopServer(server);
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const file = writeResults(report, startedAt, 'soak');
  for (const name of ['postgres', 'embedded'] as const) {
    const r = report[name] as Awaited<ReturnType<typeof soak>> | undefined;
    if (!r) continue;
    const pct = (n: number | null) => (n === null ? 'n/a' : `${(100 * n).toFixed(1)} %`);
    const failures = r.windows.reduce((n, w) => n + w.failures, 0);
    out(
      `${name}: ${r.windows.length} windows of ${options.window} s; RSS ${r.windows[0]?.rssMb} → ${r.windows.at(-1)?.rssMb} MB, growth after warm-up ${pct(r.rssGrowth)} (target < 10 %); p99 last ÷ second window ${r.p99Trend?.toFixed(2) ?? 'n/a'}; failures ${failures}`,
    );
  }
  out(`results: ${file}`);
}

main().catch((error: unknown) => {
  log(`bench:soak failed: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
