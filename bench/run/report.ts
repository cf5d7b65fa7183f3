import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadResult } from './load.ts';

export interface Scenario extends LoadResult {
  name: string;
  path: string;
}

export interface ScenarioWithRatios extends Scenario {
  /** scenario req/s ÷ baseline req/s: the share of the baseline's throughput (1 = as fast). */
  reqPerSecRatio: number;
  /** scenario p99 ÷ baseline p99: how many times longer the tail latency is (1 = same). */
  p99Ratio: number;
}

export function withRatios(baseline: Scenario, scenarios: Scenario[]): ScenarioWithRatios[] {
  return scenarios.map((s) => ({
    ...s,
    reqPerSecRatio: s.reqPerSec / baseline.reqPerSec,
    p99Ratio: s.p99Ms / Math.max(baseline.p99Ms, 0.001),
  }));
}

const num = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

export function table(rows: ScenarioWithRatios[]): string {
  const header = [
    'scenario',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'req/s ÷ base',
    'p99 ÷ base',
    'non-2xx/err',
  ];
  const body = rows.map((r) => [
    r.name,
    num(r.reqPerSec, 1),
    num(r.p50Ms, 2),
    num(r.p95Ms, 2),
    num(r.p99Ms, 2),
    num(r.reqPerSecRatio, 3),
    num(r.p99Ratio, 2),
    `${r.non2xx}/${r.errors + r.timeouts}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  return [line(header), rule, ...body.map(line)].join('\n');
}

const resultsDir = join(dirname(fileURLToPath(import.meta.url)), '../results');

/** Writes the run to bench/results/<timestamp>.json (git-ignored) and returns the path. */
export function writeResults(report: object, startedAt: Date): string {
  mkdirSync(resultsDir, { recursive: true });
  const file = join(
    resultsDir,
    `${startedAt
      .toISOString()
      .replaceAll(':', '-')
      .replace(/\.\d+Z$/, 'Z')}.json`,
  );
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
