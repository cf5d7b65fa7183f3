// npm run bench -- [--database-url URL] [--duration 10] [--connections 10] [--warmup 2] [--only TEXT]
import { cpus } from 'node:os';
import pg from 'pg';
import { intOption, parseArgs } from './lib/args.ts';
import { databaseUrl } from './lib/database.ts';
import { explainHotQueries, explainHouseholdSearch } from './run/explain.ts';
import { coordinatorData, removeBenchNetworkMembers, vacuumBenchWrites } from './run/household-scenarios.ts';
import { MODULE_USERS } from './run/module-scenarios.ts';
import { table, withRatios, writeResults } from './run/report.ts';
import { appScenarios, baselineScenario } from './run/scenarios.ts';
import { benchSession, benchSessions, countBenchHouseholds, pickCoordinator } from './run/session.ts';
import { countBenchPlaces } from './seed/places.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);
const out = (line: string) => process.stdout.write(`${line}\n`);
const fmt = (n: number) => n.toLocaleString('en-US');

async function main() {
  const args = parseArgs(process.argv.slice(2), [
    'database-url',
    'duration',
    'connections',
    'warmup',
    'only',
  ]);
  const url = databaseUrl(args);
  const load = {
    duration: intOption(args, 'duration', 10),
    connections: intOption(args, 'connections', 10),
    warmup: intOption(args, 'warmup', 2, 0),
  };
  // Runs only the app scenarios whose name contains this text (case-insensitive), plus the baseline.
  const only = args.get('only');
  const startedAt = new Date();
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    const households = await countBenchHouseholds(pool);
    if (households === 0)
      throw new Error('no synthetic households: run npm run bench:seed -- --households N');
    const coordinator = await pickCoordinator(pool, households);
    log(`bench: ${fmt(households)} synthetic households; coordinator caseload ${coordinator.caseload}`);
    const places = await countBenchPlaces(pool);
    log(`bench: ${fmt(places)} Plekvrij places`);
    const coordinatorFacts = await coordinatorData(pool, coordinator.userId);
    const removed = await removeBenchNetworkMembers(pool);
    if (removed > 0) log(`bench: removed ${fmt(removed)} network members earlier runs added`);
    await vacuumBenchWrites(pool);
    const explains = {
      ...(await explainHotQueries(pool, coordinator.userId)),
      ...(await explainHouseholdSearch(pool, coordinator.userId, coordinatorFacts.namePrefix)),
    };

    const session = await benchSession(url, coordinator.userId);
    const demoSessions = await benchSessions(url, MODULE_USERS);
    const ctx = {
      url,
      pool,
      households,
      places,
      caseload: coordinator.caseload,
      coordinator: coordinatorFacts,
      cookie: session.cookie,
      moduleCookies: demoSessions.cookies,
      load,
    };
    let measured: Awaited<ReturnType<typeof appScenarios>>;
    let baseline: Awaited<ReturnType<typeof baselineScenario>>;
    try {
      log('bench: baseline (bare Fastify + pg primary-key lookup)');
      baseline = await baselineScenario(ctx);
      measured = await appScenarios(ctx, only);
    } finally {
      await session.remove(pool);
      await demoSessions.remove(pool);
    }

    const rows = withRatios(baseline, [baseline, ...measured.scenarios]);
    const { rows: version } = await pool.query<{ server_version: string }>('show server_version');
    const machine = {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      node: process.version,
      postgres: version[0]?.server_version,
    };
    const report = {
      startedAt: startedAt.toISOString(),
      machine,
      options: { ...load, only: only ?? null },
      dataset: { households, places, caseload: coordinator.caseload },
      auditRowsPerHomeRequest: measured.auditRowsPerHome,
      home50Connections: measured.home50,
      serverMemoryMb: measured.memoryMb,
      scenarios: rows,
      explain: explains,
    };
    const file = writeResults(report, startedAt);

    out(`\nEXPLAIN (ANALYZE, BUFFERS) — caseload query (listCaseload):\n${explains.caseload}`);
    out(`uses household_coordinator_idx: ${explains.caseloadUsesIndex ? 'yes' : 'NO'}`);
    out(
      `\nEXPLAIN (ANALYZE, BUFFERS) — household search "${coordinatorFacts.namePrefix}" (its plan for any value):\n${explains.householdSearch}`,
    );
    out(`uses household_member_search_last_name_idx: ${explains.householdSearchUsesIndex ? 'yes' : 'NO'}`);
    out(
      `\nEXPLAIN (ANALYZE, BUFFERS) — the tenant's Plekvrij places, read once per search version (keptPlacesQuery):\n${explains.placeSearch}`,
    );
    out(
      `free places read: ${explains.placeSearchRows.toLocaleString('en-US')} (searched in memory until a place changes)`,
    );
    out(`\nEXPLAIN (ANALYZE, BUFFERS) — audit chain tail (once per seal and tenant):\n${explains.auditTail}`);
    out(
      `\n${fmt(households)} households · ${load.connections} connections · ${load.duration} s per scenario (+${load.warmup} s warm-up) · ${machine.cpus} CPUs`,
    );
    out(table(rows));
    if (measured.auditRowsPerHome !== null)
      out(`audit rows written per /api/home request: ${measured.auditRowsPerHome.toFixed(1)}`);
    if (measured.home50)
      out(
        `/api/home at 50 connections: p99 ÷ p50 = ${measured.home50.p99OverP50.toFixed(1)} (p50 ${measured.home50.p50Ms.toFixed(1)} ms, p99 ${measured.home50.p99Ms.toFixed(1)} ms; target ≤ 10)`,
      );
    const mb = (n: number | null | undefined) => (n == null ? 'n/a' : `${n} MB`);
    out(
      `server resident memory: ${mb(measured.memoryMb?.atReady)} at ready, ${mb(measured.memoryMb?.afterLoad)} after load`,
    );
    out(`results: ${file}`);
  } finally {
    await pool.end();
  }
}

main().catch((error: unknown) => {
  log(`bench failed: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
