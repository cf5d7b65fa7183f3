// Worker threads on Node 20 do not inherit the parent's module loader hooks: a worker started from the
// TypeScript sources (tsx, vitest) registers tsx itself before it loads the validation worker.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
