// npm run bench:start -- [--runs 5] [--mode built|tsx|both] [--root DIR]
// Embedded warm start to ready: a fresh DATA_DIR is initialised once (migrations, demo data), then
// the server is started --runs times against it; each time is spawn → first 200 on /health/ready,
// and the server's resident memory (VmRSS) at that moment. --root starts another checkout's server
// (built there first) with this script, for a before/after measured back to back.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { intOption, parseArgs } from './lib/args.ts';
import { freePort } from './run/servers.ts';

let root = fileURLToPath(new URL('..', import.meta.url));
const COMMANDS = {
  // What `npm start` runs once the build is up to date (scripts/build-server-if-stale.mjs).
  built: () => [process.execPath, '--enable-source-maps', join(root, 'apps/server/dist/main.js')],
  // What `npm run dev` runs: TypeScript transpiled at start.
  tsx: () => [process.execPath, '--import', 'tsx', join(root, 'apps/server/src/main.ts')],
} as const;
type Mode = keyof typeof COMMANDS;

interface Start {
  ms: number;
  /** Resident memory of the server process when it first answered ready, in MB. */
  rssMb: number;
  /** CPU (user + system) of the server and its reaped children (the first-start child) until ready, in s. */
  cpuS: number;
}

/** VmRSS of a process from /proc (Linux); NaN elsewhere. */
function residentMb(pid: number | undefined): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

async function startOnce(mode: Mode, dataDir: string): Promise<Start> {
  const port = await freePort();
  const [cmd = process.execPath, ...args] = COMMANDS[mode]();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  const began = performance.now();
  const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${mode} server exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok)
        return { ms: performance.now() - began, rssMb: residentMb(child.pid), cpuS: cpuSeconds(child.pid) };
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
}

/**
 * utime + stime + cutime + cstime from /proc/<pid>/stat (Linux; NaN elsewhere): on a shared machine
 * the CPU a start needed says more than its wall-clock time.
 */
function cpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14–17 of stat(5); the slice starts at field 3. Clock ticks: 100 per second on Linux.
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
    return ticks / 100;
  } catch {
    return Number.NaN;
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function main() {
  const args = parseArgs(process.argv.slice(2), ['runs', 'mode', 'root']);
  root = resolve(args.get('root') ?? root);
  const runs = intOption(args, 'runs', 5);
  const wanted = args.get('mode') ?? 'both';
  const modes: Mode[] = wanted === 'both' ? ['built', 'tsx'] : [wanted as Mode];
  if (!modes.every((m) => m in COMMANDS)) throw new Error('--mode is built, tsx or both');
  const dataDir = mkdtempSync(join(tmpdir(), 'een-plan-start-'));
  try {
    const [firstMode = 'built'] = modes;
    const first = await startOnce(firstMode, join(dataDir, 'data'));
    process.stdout.write(
      `first start on an empty data dir (${firstMode}): ${(first.ms / 1000).toFixed(2)} s, ${first.cpuS.toFixed(2)} s CPU, ${first.rssMb.toFixed(0)} MB resident at ready\n`,
    );
    // Interleaved, so a machine whose load changes during the run weighs on both modes alike.
    const starts = new Map<Mode, Start[]>(modes.map((m) => [m, []]));
    for (let i = 0; i < runs; i++) {
      for (const mode of modes) starts.get(mode)?.push(await startOnce(mode, join(dataDir, 'data')));
    }
    for (const [mode, list] of starts) {
      const seconds = list.map((s) => s.ms / 1000);
      const mb = list.map((s) => s.rssMb);
      const cpu = list.map((s) => s.cpuS);
      process.stdout.write(
        `warm start to ready (${mode}): median ${median(seconds).toFixed(2)} s [${seconds.map((t) => t.toFixed(2)).join(' ')}]\n` +
          `CPU to ready (${mode}): median ${median(cpu).toFixed(2)} s [${cpu.map((c) => c.toFixed(2)).join(' ')}]\n` +
          `resident memory at ready (${mode}): median ${median(mb).toFixed(0)} MB [${mb.map((m) => m.toFixed(0)).join(' ')}]\n`,
      );
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:start failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
