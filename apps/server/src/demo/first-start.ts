import { fork } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config/config.ts';
import { lockDataDir } from '../db/data-dir-lock.ts';

/** What the first-start process needs of the configuration, as the server has it. */
export type FirstStart = Pick<Config, 'dataDir' | 'dataEncryptionKey' | 'demoData' | 'ijwDeliveryUrl'>;

// Fixed at build time (scripts/build-server-if-stale.mjs): the bundle beside main.js.
declare const FIRST_START_WORKER_BUNDLE: string | undefined;
const compiled = typeof FIRST_START_WORKER_BUNDLE === 'string';
const workerFile = compiled
  ? join(import.meta.dirname, FIRST_START_WORKER_BUNDLE)
  : fileURLToPath(new URL('./first-start-worker.ts', import.meta.url));

/**
 * On an empty embedded data directory: creates the database, migrates it and loads the demo story
 * in a child process, before the server opens it. PGlite's WebAssembly memory only grows: its
 * initdb (a second PostgreSQL and an initdb program) and the demo story's one large transaction kept
 * some 250 MB resident for the life of the server; a worker thread gave back only part of it (the
 * allocator keeps a thread's arenas), a process that exits gives back all. Meanwhile the server
 * loads its HTTP modules on the other core (decision 0036). False when there was nothing to do.
 */
export async function prepareNewDataDir(config: FirstStart & Pick<Config, 'databaseUrl'>): Promise<boolean> {
  const dataDir = join(config.dataDir, 'pglite');
  if (config.databaseUrl || existsSync(join(dataDir, 'PG_VERSION'))) return false;
  // A directory another server holds is refused here, as on every start. The child takes the lock
  // for itself while it works and the server takes it back when it opens the database.
  mkdirSync(config.dataDir, { recursive: true });
  lockDataDir(dataDir)();
  const child = fork(workerFile, [], {
    // From the sources: tsx resolved here, so the child finds it whatever its working directory.
    execArgv: compiled ? ['--enable-source-maps'] : ['--import', import.meta.resolve('tsx')],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const data: FirstStart = {
    dataDir: config.dataDir,
    dataEncryptionKey: config.dataEncryptionKey,
    demoData: config.demoData,
    ijwDeliveryUrl: config.ijwDeliveryUrl,
  };
  child.send(data);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`preparing the new data directory failed (exit ${code})`);
  return true;
}
