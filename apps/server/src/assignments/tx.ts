import type { Db, Executor } from '../db/database.ts';

/** Runs fn in a transaction, or inside the caller's (the demo loader passes its own). */
export function inTx<T>(executor: Executor, fn: (tx: Executor) => Promise<T>): Promise<T> {
  if ('rollback' in executor) return fn(executor);
  return (executor as Db).transaction(fn);
}
