import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Request } from 'autocannon';
import type pg from 'pg';
import { BENCH_DATA_KEY, TENANT_ID } from '../seed/plan.ts';
import { databaseCpuMs, processCpuMs, watchCpu } from './cpu.ts';
import { PLACE_SEARCH } from './explain.ts';
import { type CoordinatorData, householdScenarios } from './household-scenarios.ts';
import { type LoadOptions, measure, measureOnly, warmUp } from './load.ts';
import { type ModuleUser, moduleScenarios } from './module-scenarios.ts';
import type { Scenario } from './report.ts';
import { freePort, type RunningServer, startServer, stopServer } from './servers.ts';

const here = dirname(fileURLToPath(import.meta.url));
const PLACE_SEARCH_QUERY = new URLSearchParams({
  ...PLACE_SEARCH,
  date: new Date().toISOString().slice(0, 10),
}).toString();

interface BenchContext {
  url: string;
  pool: pg.Pool;
  households: number;
  /** Seeded Plekvrij places (bench/seed/places.ts: one per 100 households, at least 1,000). */
  places: number;
  caseload: number;
  coordinator: CoordinatorData;
  cookie: string;
  /** Sessions of the demo story's people for the newer modules' scenarios. */
  moduleCookies: Record<ModuleUser, string>;
  load: Omit<LoadOptions, 'url' | 'headers'>;
}

async function expectOk(url: string, headers: Record<string, string> = {}): Promise<unknown> {
  const response = await fetch(url, { headers });
  if (!response.ok) throw new Error(`smoke test ${new URL(url).pathname} answered ${response.status}`);
  return response.json();
}

/**
 * The tenant's audit chain length, its unsealed rows counted in (decision 0047), once requests still
 * in flight have finished writing.
 */
async function settledAuditSeq(pool: pg.Pool): Promise<number> {
  let previous = -1;
  for (;;) {
    const { rows } = await pool.query<{ n: string }>(
      `select (select coalesce(max(seq), 0) from audit_log where tenant_id = $1 and seq is not null)
            + (select count(*) from audit_log where tenant_id = $1 and seq is null) as n`,
      [TENANT_ID],
    );
    const current = Number(rows[0]?.n ?? 0);
    if (current === previous) return current;
    previous = current;
    await new Promise((r) => setTimeout(r, 500));
  }
}

export async function withServer<T>(
  start: () => Promise<RunningServer>,
  fn: (s: RunningServer) => Promise<T>,
) {
  const server = await start();
  const { databaseName } = server;
  watchCpu(() => ({
    serverMs: processCpuMs(server.child.pid),
    databaseMs: databaseName ? databaseCpuMs(databaseName) : 0,
  }));
  try {
    return await fn(server);
  } finally {
    watchCpu(undefined);
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

/** Resident memory of a child process in MB (Linux /proc), or null where that is not available. */
export function residentMb(server: RunningServer): number | null {
  try {
    const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

/**
 * The real server, compiled as `npm start` runs it (apps/server/dist/main.js; `npm run bench` builds
 * it first when a source changed), on the bench database, with no demo data or jobs.
 */
export async function startAppServer(
  url: string,
  name = 'app',
  overrides: Record<string, string> = {},
  entry = join(here, '../../apps/server/dist/main.js'),
): Promise<RunningServer> {
  const env = {
    DATABASE_URL: url,
    DEMO_LOGIN: 'false',
    DEMO_DATA: 'false',
    DATA_ENCRYPTION_KEY: BENCH_DATA_KEY,
    JOBS: 'false',
    LOG_LEVEL: 'warn',
    ...overrides,
  };
  return startServer(name, entry, await freePort(), env);
}

interface AppScenario {
  name: string;
  run(s: RunningServer): Promise<Scenario>;
}

interface AppResults {
  scenarios: Scenario[];
  auditRowsPerHome: number | null;
  /** p99 ÷ p50 of /api/home at 50 connections: fair queueing keeps it ≤ 10 (issue 18). */
  home50: { p50Ms: number; p99Ms: number; p99OverP50: number } | null;
  memoryMb: { atReady: number | null; afterLoad: number | null } | null;
}

/** The real server (compiled); only the scenarios whose name contains `only`. */
export async function appScenarios(ctx: BenchContext, only: string | undefined): Promise<AppResults> {
  const headers = { cookie: `ep_session=${ctx.cookie}` };
  const results: AppResults = { scenarios: [], auditRowsPerHome: null, home50: null, memoryMb: null };
  const home = (connections: number): AppScenario => ({
    name: `app: /api/home (${ctx.caseload} households, audited${connections === ctx.load.connections ? '' : `, ${connections} connections`})`,
    async run(s) {
      // The home shows a short list of the caseload and its total (contracts/home.ts ShortList).
      const body = (await expectOk(`${s.baseUrl}/api/home`, headers)) as { caseload?: { total: number } };
      if (body.caseload?.total !== ctx.caseload) {
        throw new Error(`/api/home counted ${body.caseload?.total} households, expected ${ctx.caseload}`);
      }
      const options = { ...ctx.load, connections, url: `${s.baseUrl}/api/home`, headers };
      await warmUp(options);
      const before = await settledAuditSeq(ctx.pool);
      const result = await measureOnly(options);
      if (connections === ctx.load.connections) {
        results.auditRowsPerHome = ((await settledAuditSeq(ctx.pool)) - before) / result.sent;
      } else {
        results.home50 = {
          p50Ms: result.p50Ms,
          p99Ms: result.p99Ms,
          p99OverP50: result.p99Ms / result.p50Ms,
        };
      }
      return { name: this.name, path: 'GET /api/home', ...result };
    },
  });
  const all: AppScenario[] = [
    home(ctx.load.connections),
    {
      name: 'app: /api/auth/session',
      async run(s) {
        await expectOk(`${s.baseUrl}/api/auth/session`, headers);
        const result = await measure({ ...ctx.load, url: `${s.baseUrl}/api/auth/session`, headers });
        return { name: this.name, path: 'GET /api/auth/session', ...result };
      },
    },
    ...householdScenarios(ctx.coordinator).map(
      (h): AppScenario => ({ name: `app: ${h.name}`, run: (s) => h.run(s.baseUrl, ctx.cookie, ctx.load) }),
    ),
    {
      // Plekvrij: the coordinator's search over the seeded places (bench/seed/places.ts), the worst
      // case: a 100 km radius from Hoofddorp holds nearly every place, so the index narrows little.
      name: `app: Plekvrij search (${ctx.places.toLocaleString('en-US')} places, 100 km)`,
      async run(s) {
        const searchUrl = `${s.baseUrl}/api/placements/search?${PLACE_SEARCH_QUERY}`;
        const found = (await expectOk(searchUrl, headers)) as { places?: unknown[] };
        if (!found.places?.length) throw new Error('the place search found nothing: run bench:seed again');
        const result = await measure({ ...ctx.load, url: searchUrl, headers });
        return { name: this.name, path: 'GET /api/placements/search', ...result };
      },
    },
    {
      // The same search with another age, radius or day each time: more distinct searches than a
      // process keeps answers for (decision 0041), so every request runs the statement — the cost of
      // a coordinator's first look, which the repeated search above does not show.
      name: `app: Plekvrij search, each one different (${ctx.places.toLocaleString('en-US')} places)`,
      async run(s) {
        const today = Date.now();
        let next = 0;
        const variant = () => {
          const i = next++;
          const day = new Date(today + (i % 61) * 86_400_000).toISOString().slice(0, 10);
          const query = new URLSearchParams({
            ...PLACE_SEARCH,
            age: String(i % 18),
            maxKm: String(40 + (Math.floor(i / 18) % 61)),
            date: day,
          });
          return `/api/placements/search?${query}`;
        };
        await expectOk(`${s.baseUrl}${variant()}`, headers);
        const requests = async (): Promise<Request[]> => [
          { setupRequest: (request) => ({ ...request, path: variant() }) },
        ];
        const result = await measure({ ...ctx.load, url: s.baseUrl, headers, requests });
        return { name: this.name, path: 'GET /api/placements/search', ...result };
      },
    },
    ...moduleScenarios(ctx.moduleCookies).map(
      (m): AppScenario => ({
        name: m.name,
        run: (s) => m.run(s.baseUrl, ctx.load),
      }),
    ),
    home(50),
  ];
  const chosen = all.filter((a) => !only || a.name.toLowerCase().includes(only.toLowerCase()));
  if (chosen.length === 0) {
    throw new Error(
      `--only ${only} matches no scenario; there are:\n${all.map((a) => `  ${a.name}`).join('\n')}`,
    );
  }
  const start = () => startAppServer(ctx.url);
  return withServer(start, async (s) => {
    const atReady = residentMb(s);
    for (const scenario of chosen) {
      process.stderr.write(`bench: ${scenario.name}\n`);
      results.scenarios.push(await scenario.run(s));
    }
    results.memoryMb = { atReady, afterLoad: residentMb(s) };
    return results;
  });
}
