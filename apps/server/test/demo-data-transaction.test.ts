import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isDatabaseEmpty, loadDemoData } from '../src/demo/load-demo-data.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

// The last step of the story (the tasks from the rules) can be made to fail, to prove that a load
// that breaks off leaves nothing behind.
const failing = vi.hoisted(() => ({ reconcile: false }));
vi.mock('../src/tasks/reconcile.ts', async (original) => {
  const real = await original<typeof import('../src/tasks/reconcile.ts')>();
  return {
    ...real,
    reconcileTasks: (...args: Parameters<typeof real.reconcileTasks>) => {
      if (failing.reconcile) throw new Error('reconcile broke off');
      return real.reconcileTasks(...args);
    },
  };
});

let t: TestDatabase;
beforeEach(async () => {
  t = await createTestDatabase();
  failing.reconcile = false;
});
afterEach(() => t?.drop());

describe('demo data in one transaction', () => {
  it('runs every step inside a single transaction, none on the database itself', async () => {
    const db = t.database.db;
    const transaction = vi.spyOn(db, 'transaction');
    const direct = (['select', 'insert', 'update', 'delete', 'execute'] as const).map((m) => vi.spyOn(db, m));
    await loadDemoData(db);
    expect(transaction).toHaveBeenCalledTimes(1);
    for (const spy of direct) expect(spy).not.toHaveBeenCalled();
    expect(await isDatabaseEmpty(db)).toBe(false);
  });

  it('leaves an empty database when a late step fails, so the next start loads it again', async () => {
    failing.reconcile = true;
    await expect(loadDemoData(t.database.db)).rejects.toThrow('reconcile broke off');
    expect(await isDatabaseEmpty(t.database.db)).toBe(true);
    const [rows] = await t.database.ownerQuery<{ n: number }>(
      `select (select count(*) from household) + (select count(*) from audit_log)
         + (select count(*) from meldcode_track) as n`,
    );
    expect(Number(rows?.n)).toBe(0);
  });
});
