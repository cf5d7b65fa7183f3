// npm run bench:processes -- [--database-url URL] [--duration 10] [--connections 20] [--warmup 2]
// Several server processes on one PostgreSQL database (issue 18): the coordinator's audited home
// page, first from one process with all connections, then from two processes with half each, side
// by side. While the two run, pg_stat_activity is sampled: the share of busy backends that wait on a
// lock (the audit chain's per-tenant advisory lock above all) says whether the processes serialise.
import pg from 'pg';
import { intOption, parseArgs } from './lib/args.ts';
import { databaseUrl } from './lib/database.ts';
import { type LoadResult, measureOnly, warmUp } from './run/load.ts';
import { writeResults } from './run/report.ts';
import { startAppServer, withServer } from './run/scenarios.ts';
import { stopServer } from './run/servers.ts';
import { benchSession, countBenchHouseholds, pickCoordinator } from './run/session.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);
const out = (line: string) => process.stdout.write(`${line}\n`);

interface LockSamples {
  samples: number;
  /** Backend-samples running a query (state active), the bench's own sampler left out. */
  active: number;
  /** Of those, waiting on a heavyweight lock (wait_event_type Lock: advisory, tuple, transactionid …). */
  waitingOnLock: number;
  byEvent: Record<string, number>;
}

/** Samples pg_stat_activity every 50 ms until stopped. */
function sampleLockWaits(pool: pg.Pool): { stop(): Promise<LockSamples> } {
  const result: LockSamples = { samples: 0, active: 0, waitingOnLock: 0, byEvent: {} };
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await pool.query<{ wait_event_type: string | null; wait_event: string | null }>(
        `select wait_event_type, wait_event from pg_stat_activity
          where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`,
      );
      result.samples += 1;
      result.active += rows.length;
      for (const r of rows) {
        if (r.wait_event_type !== 'Lock') continue;
        result.waitingOnLock += 1;
        const key = r.wait_event ?? 'unknown';
        result.byEvent[key] = (result.byEvent[key] ?? 0) + 1;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return result;
    },
  };
}

function sum(results: LoadResult[]): { reqPerSec: number; p50Ms: number; p99Ms: number; failures: number } {
  return {
    reqPerSec: results.reduce((n, r) => n + r.reqPerSec, 0),
    p50Ms: Math.max(...results.map((r) => r.p50Ms)),
    p99Ms: Math.max(...results.map((r) => r.p99Ms)),
    failures: results.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0),
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2), ['database-url', 'duration', 'connections', 'warmup']);
  const url = databaseUrl(args);
  const load = {
    duration: intOption(args, 'duration', 10),
    connections: intOption(args, 'connections', 20, 2),
    warmup: intOption(args, 'warmup', 2, 0),
  };
  const pool = new pg.Pool({ connectionString: url, max: 3 });
  const startedAt = new Date();
  try {
    const households = await countBenchHouseholds(pool);
    if (households === 0)
      throw new Error('no synthetic households: run npm run bench:seed -- --households N');
    const coordinator = await pickCoordinator(pool, households);
    const session = await benchSession(url, coordinator.userId);
    const headers = { cookie: `ep_session=${session.cookie}` };
    try {
      log(`bench: one process, ${load.connections} connections on /api/home`);
      const one = await withServer(
        () => startAppServer(url),
        async (s) => {
          const options = { ...load, url: `${s.baseUrl}/api/home`, headers };
          await warmUp(options);
          const sampler = sampleLockWaits(pool);
          const result = await measureOnly(options);
          return { result, locks: await sampler.stop() };
        },
      );

      log(`bench: two processes, ${load.connections / 2} connections each`);
      const servers = await Promise.all([startAppServer(url, 'app-1'), startAppServer(url, 'app-2')]);
      let two: { results: LoadResult[]; locks: LockSamples };
      try {
        const options = servers.map((s) => ({
          ...load,
          connections: Math.floor(load.connections / 2),
          url: `${s.baseUrl}/api/home`,
          headers,
        }));
        await Promise.all(options.map(warmUp));
        const sampler = sampleLockWaits(pool);
        const results = await Promise.all(options.map(measureOnly));
        two = { results, locks: await sampler.stop() };
      } finally {
        await new Promise((r) => setTimeout(r, 1_000));
        await Promise.all(servers.map(stopServer));
      }

      const share = (l: LockSamples) => (l.active === 0 ? 0 : l.waitingOnLock / l.active);
      const both = sum(two.results);
      const report = {
        startedAt: startedAt.toISOString(),
        options: load,
        dataset: { households, caseload: coordinator.caseload },
        oneProcess: { ...one.result, lockWaitShare: share(one.locks), locks: one.locks },
        twoProcesses: {
          ...both,
          perProcess: two.results,
          lockWaitShare: share(two.locks),
          locks: two.locks,
        },
        throughputTwoOverOne: both.reqPerSec / one.result.reqPerSec,
      };
      const file = writeResults(report, startedAt, 'processes');
      const pct = (n: number) => `${(100 * n).toFixed(1)} %`;
      out(
        `\n/api/home (${coordinator.caseload} households, audited), ${households.toLocaleString('en-US')} households`,
      );
      out(
        `one process:   ${one.result.reqPerSec.toFixed(0)} req/s, p50 ${one.result.p50Ms.toFixed(1)} ms, p99 ${one.result.p99Ms.toFixed(1)} ms; busy backends waiting on a lock: ${pct(share(one.locks))}`,
      );
      out(
        `two processes: ${both.reqPerSec.toFixed(0)} req/s (${two.results.map((r) => r.reqPerSec.toFixed(0)).join(' + ')}), p50 ${both.p50Ms.toFixed(1)} ms, p99 ${both.p99Ms.toFixed(1)} ms; busy backends waiting on a lock: ${pct(share(two.locks))} (target < 5 %)`,
      );
      out(`lock waits by event (two processes): ${JSON.stringify(two.locks.byEvent)}`);
      out(
        `throughput two ÷ one: ${report.throughputTwoOverOne.toFixed(2)} · failures: ${one.result.non2xx + both.failures}`,
      );
      out(`results: ${file}`);
    } finally {
      await session.remove(pool);
    }
  } finally {
    await pool.end();
  }
}

main().catch((error: unknown) => {
  log(`bench failed: ${(error as Error).stack ?? String(error)}`);
  process.exit(1);
});
