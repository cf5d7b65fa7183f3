import autocannon, { type Request } from 'autocannon';
import { sampleCpu } from './cpu.ts';

export interface LoadResult {
  /** Completed within the measured window. */
  requests: number;
  /** Sent, including those still in flight when the window closed (the server finishes them). */
  sent: number;
  reqPerSec: number;
  p50Ms: number;
  /** The search target of issue 18 is a p95. */
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Status codes and socket errors seen, by kind: what went wrong when non2xx/errors > 0. */
  failures: Record<string, number>;
  /** CPU per completed request in the window: the server process and PostgreSQL's backends (ms). */
  cpuMsPerRequest: { server: number; database: number } | null;
}

export interface LoadOptions {
  url: string;
  connections: number;
  duration: number;
  warmup: number;
  headers?: Record<string, string>;
  method?: string;
  body?: string;
  /** Called before each run (warm-up and measured): a fresh request sequence, e.g. with current versions. */
  requests?: () => Promise<Request[]>;
}

/** Nearest-rank percentile of an ascending list. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

async function fire(options: LoadOptions, duration: number): Promise<LoadResult> {
  const failures: Record<string, number> = {};
  const count = (kind: string) => {
    failures[kind] = (failures[kind] ?? 0) + 1;
  };
  // autocannon's own histogram has 1 ms resolution, too coarse for the baseline; its response
  // event carries the exact time, so the percentiles are computed from that (2xx only, like it).
  const latencies: number[] = [];
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    duration,
    headers: options.headers,
    timeout: 30,
    ...(options.method ? { method: options.method } : {}),
    ...(options.body ? { body: options.body } : {}),
    ...(options.requests ? { requests: await options.requests() } : {}),
  });
  instance.on('reqError', (error) => count(error.code ?? error.message));
  instance.on('response', (_client, status, _bytes, ms) => {
    if (status >= 200 && status <= 299) latencies.push(ms);
    else count(`HTTP ${status}`);
  });
  const before = sampleCpu();
  const r = await instance;
  const after = sampleCpu();
  const sorted = Float64Array.from(latencies).sort();
  const requests = r.requests.total ?? 0;
  return {
    requests,
    sent: r.requests.sent,
    reqPerSec: requests / r.duration,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.at(-1) ?? Number.NaN,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    failures,
    cpuMsPerRequest:
      before && after && requests > 0
        ? {
            server: (after.serverMs - before.serverMs) / requests,
            database: (after.databaseMs - before.databaseMs) / requests,
          }
        : null,
  };
}

/** A short discarded run that warms the JIT, the connection pools and PostgreSQL's caches. */
export async function warmUp(options: LoadOptions): Promise<void> {
  if (options.warmup > 0) await fire(options, options.warmup);
}

/** Warm-up, then the measured run. */
export async function measure(options: LoadOptions): Promise<LoadResult> {
  await warmUp(options);
  return measureOnly(options);
}

export function measureOnly(options: LoadOptions): Promise<LoadResult> {
  return fire(options, options.duration);
}
