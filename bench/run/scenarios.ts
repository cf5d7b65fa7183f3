import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { BENCH_DATA_KEY, TENANT_ID } from '../seed/plan.ts';
import { type LoadOptions, measure, measureOnly, warmUp } from './load.ts';
import type { ModuleUser } from './module-scenarios.ts';
import { moduleScenarios } from './module-scenarios.ts';
import type { Scenario } from './report.ts';
import { freePort, type RunningServer, startServer, stopServer } from './servers.ts';
import { wanted } from './wanted.ts';

const here = dirname(fileURLToPath(import.meta.url));
const PLACE_SEARCH = `postcode=2132&age=10&date=${new Date().toISOString().slice(0, 10)}&maxKm=100`;

export interface BenchContext {
  url: string;
  pool: pg.Pool;
  households: number;
  caseload: number;
  cookie: string;
  /** Sessions of the demo story's people for the newer modules' scenarios. */
  moduleCookies: Record<ModuleUser, string>;
  load: Omit<LoadOptions, 'url' | 'headers'>;
  /** `--only`: run just the scenarios whose name contains this (and the baseline); all when absent. */
  only?: string;
}

async function expectOk(url: string, headers: Record<string, string> = {}): Promise<unknown> {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`smoke test ${new URL(url).pathname} answered ${response.status}`);
  return response.json();
}

/** The tenant's audit chain length once requests still in flight have finished writing. */
async function settledAuditSeq(pool: pg.Pool): Promise<number> {
  let previous = -1;
  for (;;) {
    const { rows } = await pool.query<{ n: string }>(
      'select coalesce(max(seq), 0) as n from audit_log where tenant_id = $1',
      [TENANT_ID],
    );
    const current = Number(rows[0]?.n ?? 0);
    if (current === previous) return current;
    previous = current;
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function withServer<T>(start: () => Promise<RunningServer>, fn: (s: RunningServer) => Promise<T>) {
  const server = await start();
  try {
    return await fn(server);
  } finally {
    // Let requests that autocannon abandoned at the end of its window finish before SIGTERM.
    await new Promise((r) => setTimeout(r, 1_000));
    await stopServer(server);
  }
}

/** Bare Fastify + pg: a primary-key lookup of a random seeded household. */
export async function baselineScenario(ctx: BenchContext): Promise<Scenario> {
  const env = { DATABASE_URL: ctx.url, BENCH_HOUSEHOLDS: String(ctx.households) };
  const start = async () => startServer('baseline', join(here, 'baseline-server.ts'), await freePort(), env);
  return withServer(start, async (s) => {
    await expectOk(`${s.baseUrl}/household`);
    const result = await measure({ ...ctx.load, url: `${s.baseUrl}/household` });
    return { name: 'baseline: Fastify + pg PK lookup', path: 'GET /household', ...result };
  });
}

/** The real server (apps/server/src/main.ts) with the coordinator's session. */
export async function appScenarios(
  ctx: BenchContext,
): Promise<{ scenarios: Scenario[]; auditRowsPerHome: number | null }> {
  const env = {
    DATABASE_URL: ctx.url,
    DEMO_LOGIN: 'false',
    DEMO_DATA: 'false',
    DATA_ENCRYPTION_KEY: BENCH_DATA_KEY,
    JOBS: 'false',
    LOG_LEVEL: 'warn',
  };
  const entry = join(here, '../../apps/server/src/main.ts');
  const start = async () => startServer('app', entry, await freePort(), env);
  const names = {
    home: `app: /api/home (${ctx.caseload} households, audited)`,
    session: 'app: /api/auth/session',
    search: 'app: Plekvrij search (10,000 places, 100 km)',
  };
  return withServer(start, async (s) => {
    const headers = { cookie: `ep_session=${ctx.cookie}` };
    const scenarios: Scenario[] = [];
    let auditRowsPerHome: number | null = null;
    if (wanted(ctx.only, names.home)) {
      // The home shows a short list of the caseload and its total (contracts/home.ts ShortList).
      const home = (await expectOk(`${s.baseUrl}/api/home`, headers)) as { caseload?: { total: number } };
      if (home.caseload?.total !== ctx.caseload) {
        throw new Error(`/api/home counted ${home.caseload?.total} households, expected ${ctx.caseload}`);
      }
      process.stderr.write('bench: app GET /api/home\n');
      const homeOptions = { ...ctx.load, url: `${s.baseUrl}/api/home`, headers };
      await warmUp(homeOptions);
      const before = await settledAuditSeq(ctx.pool);
      const homeResult = await measureOnly(homeOptions);
      auditRowsPerHome = ((await settledAuditSeq(ctx.pool)) - before) / homeResult.sent;
      scenarios.push({ name: names.home, path: 'GET /api/home', ...homeResult });
    }
    if (wanted(ctx.only, names.session)) {
      await expectOk(`${s.baseUrl}/api/auth/session`, headers);
      process.stderr.write('bench: app GET /api/auth/session\n');
      const sessionResult = await measure({ ...ctx.load, url: `${s.baseUrl}/api/auth/session`, headers });
      scenarios.push({ name: names.session, path: 'GET /api/auth/session', ...sessionResult });
    }
    if (wanted(ctx.only, names.search)) {
      // Plekvrij: the coordinator's search over the seeded places (bench/seed/places.ts), the worst
      // case: a 100 km radius from Hoofddorp holds nearly every place, so the box narrows little.
      const searchUrl = `${s.baseUrl}/api/placements/search?${PLACE_SEARCH}`;
      const found = (await expectOk(searchUrl, headers)) as { places?: unknown[] };
      if (!found.places?.length) throw new Error('the place search found nothing: run bench:seed again');
      process.stderr.write('bench: app GET /api/placements/search\n');
      const searchResult = await measure({ ...ctx.load, url: searchUrl, headers });
      scenarios.push({ name: names.search, path: 'GET /api/placements/search', ...searchResult });
    }
    scenarios.push(...(await moduleScenarios(s.baseUrl, ctx.moduleCookies, ctx.load, ctx.only)));
    return { auditRowsPerHome, scenarios };
  });
}
