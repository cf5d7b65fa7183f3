/**
 * iJw validation throughput on the official examples: XSD (libxml2-wasm, schemas compiled once) and the
 * official rules (the package's XSLT engine, stylesheet compiled once). Reported per CPU-second, which
 * is messages per second per core and holds on a shared machine, and as wall-clock messages per second
 * through the worker pool. Runs in-process: no server or database needed.
 *
 *   npm run bench:ijw -- [--duration S] [--threads N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRules, loadSchemas, ValidationPool, validateXmlHere } from '@een-plan/ijw';

const FIXTURES = new URL('../packages/ijw/test/fixtures/voorbeelden/', import.meta.url).pathname;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`);
  return v;
}

const duration = option('duration', 10) * 1000;
const threads = option('threads', 2);
const messages = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.xml'))
  .map((f) => readFileSync(join(FIXTURES, f), 'utf8'));

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
}

// On this thread: the cost of one validation, without any pool overhead.
loadSchemas();
loadRules();
for (const xml of messages) validateXmlHere(xml); // warm-up
let cpu = process.cpuUsage();
let started = performance.now();
let n = 0;
while (performance.now() - started < duration) {
  for (const xml of messages) validateXmlHere(xml);
  n += messages.length;
}
const here = {
  messages: n,
  perCpuSecond: n / cpuSeconds(cpu),
  perSecond: n / ((performance.now() - started) / 1000),
};

// Through the worker pool, as the server validates: `threads` workers, 4 messages in flight per worker.
const pool = new ValidationPool(threads);
await Promise.all(Array.from({ length: threads }, () => pool.validate(messages[0] as string)));
cpu = process.cpuUsage();
started = performance.now();
n = 0;
let next = 0;
const deadline = started + duration;
await Promise.all(
  Array.from({ length: threads * 4 }, async () => {
    while (performance.now() < deadline) {
      await pool.validate(messages[next++ % messages.length] as string);
      n++;
    }
  }),
);
const pooled = {
  messages: n,
  perCpuSecond: n / cpuSeconds(cpu),
  perSecond: n / ((performance.now() - started) / 1000),
};
await pool.close();

const fmt = (x: number) => x.toFixed(1).padStart(8);
console.log(
  `iJw validation (XSD + official rules), ${messages.length} official examples, ${duration / 1000} s each`,
);
console.log('                        msgs/CPU-s   msgs/s');
console.log(`  on one thread       ${fmt(here.perCpuSecond)} ${fmt(here.perSecond)}`);
console.log(`  pool, ${threads} thread(s)   ${fmt(pooled.perCpuSecond)} ${fmt(pooled.perSecond)}`);
console.log('  target (issue 18): ≥ 200 messages/s per core');
