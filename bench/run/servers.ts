import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A free TCP port on the loopback interface (picked by the OS, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface RunningServer {
  name: string;
  baseUrl: string;
  child: ChildProcess;
  /** The PostgreSQL database it uses (from DATABASE_URL), for the CPU its backends spend. */
  databaseName: string | undefined;
}

/**
 * Starts a TypeScript entry point in its own Node process (through tsx's loader), so the server
 * under test never shares an event loop with autocannon. Its output goes to our stderr.
 */
export async function startServer(
  name: string,
  entry: string,
  port: number,
  env: Record<string, string>,
): Promise<RunningServer> {
  // The compiled server runs as `npm start` runs it; a TypeScript entry goes through tsx's loader.
  const runtime = entry.endsWith('.js') ? ['--enable-source-maps'] : ['--import', 'tsx'];
  // BENCH_CPU_PROF=<dir>: every server started writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  const args = [...profile, ...runtime, entry];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (chunk: Buffer) => process.stderr.write(chunk.toString().replace(/^(?=.)/gm, `[${name}] `));
  child.stdout?.on('data', prefix);
  child.stderr?.on('data', prefix);
  const databaseName = env.DATABASE_URL ? new URL(env.DATABASE_URL).pathname.slice(1) : undefined;
  const server = { name, baseUrl: `http://127.0.0.1:${port}`, child, databaseName };
  // Generous: on a busy machine tsx compiling the server alone can take over a minute.
  await waitReady(server, 180_000);
  return server;
}

async function waitReady(server: RunningServer, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null)
      throw new Error(`${server.name} exited with code ${server.child.exitCode}`);
    try {
      const response = await fetch(`${server.baseUrl}/health/ready`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await stopServer(server);
  throw new Error(`${server.name} did not become ready within ${timeoutMs / 1000} s`);
}

/** SIGTERM to the one child we started; SIGKILL if it has not exited after 10 s. */
export async function stopServer(server: RunningServer): Promise<void> {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
