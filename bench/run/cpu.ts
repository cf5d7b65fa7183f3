// CPU time per request, next to the throughput: on a shared 2-core machine req/s moves with whatever
// else runs, while the CPU a request costs the server process and PostgreSQL barely does.
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // Linux USER_HZ is 100 on every kernel we run on.

/** User + system CPU of one process so far, in ms (0 where /proc is not there). */
export function processCpuMs(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself hold spaces, inside parentheses.
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/**
 * CPU of every PostgreSQL backend connected to `database` so far, in ms. It counts each backend of
 * that database, so nothing else should use it while the bench runs.
 */
export function databaseCpuMs(database: string): number {
  let total = 0;
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return 0;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const title = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (title.startsWith('postgres:') && title.includes(` ${database} `))
        total += processCpuMs(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}

interface CpuSample {
  serverMs: number;
  databaseMs: number;
}

let probe: (() => CpuSample) | undefined;

/** What `sampleCpu` reads while a server is under test (undefined: nothing). */
export function watchCpu(next: (() => CpuSample) | undefined): void {
  probe = next;
}

export function sampleCpu(): CpuSample | undefined {
  return probe?.();
}
