import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { planGenerically, reportIdleConnectionError } from '../src/db/database.ts';
import { openReplica } from '../src/db/replica.ts';
import { createTestDatabase } from './helpers/test-database.ts';
import { waitFor } from './helpers/wait-for.ts';

describe('PostgreSQL connections', () => {
  it.skipIf(!process.env.DATABASE_URL)(
    "runs parallel reads in one transaction one at a time, without pg's concurrent-query warning",
    async () => {
      const warnings: string[] = [];
      const onWarning = (warning: Error) => warnings.push(warning.message);
      process.on('warning', onWarning);
      const t = await createTestDatabase();
      try {
        const results = await t.database.db.transaction((tx) =>
          Promise.all([1, 2, 3, 4].map((n) => tx.execute(sql`select ${n}::int as n, pg_sleep(0.01)`))),
        );
        expect(results.map((r) => (r as { rows: Array<{ n: number }> }).rows[0]?.n)).toEqual([1, 2, 3, 4]);
        // Node emits warnings on a later tick.
        await new Promise((resolve) => setImmediate(resolve));
      } finally {
        process.off('warning', onWarning);
        await t.drop();
      }
      expect(warnings.filter((w) => w.includes('already executing a query'))).toEqual([]);
    },
  );

  it.skipIf(!process.env.DATABASE_URL)(
    'runs a statement marked planGenerically with its plan for any value, and no other statement',
    async () => {
      const t = await createTestDatabase();
      const mode = (name: string, where = sql`x.one = ${sql.placeholder('one')}`) =>
        t.database.db
          .select({ mode: sql<string>`current_setting('plan_cache_mode')` })
          .from(sql`(select 1 as one) x`)
          .where(where)
          .prepare(name);
      try {
        planGenerically('test_generic_mode');
        planGenerically('test_generic_failing');
        const marked = mode('test_generic_mode');
        const unmarked = mode('test_default_mode');
        const failing = mode('test_generic_failing', sql`x.one / ${sql.placeholder('one')}::int = 1`);
        for (let i = 0; i < 3; i++) {
          expect(await marked.execute({ one: 1 })).toEqual([{ mode: 'force_generic_plan' }]);
          expect(await unmarked.execute({ one: 1 })).toEqual([{ mode: 'auto' }]);
        }
        // 22012: division by zero, while the setting held.
        await expect(failing.execute({ one: 0 })).rejects.toMatchObject({ cause: { code: '22012' } });
        expect(
          await t.database.db.transaction(async (tx) => [
            await mode('test_generic_mode').execute({ one: 1 }),
            await tx.execute(sql`select current_setting('plan_cache_mode') as mode`),
          ]),
        ).toMatchObject([[{ mode: 'force_generic_plan' }], { rows: [{ mode: 'auto' }] }]);
        // Outside a transaction a marked statement runs on a connection that has the setting from
        // its startup packet (source 'client'), so no `set` comes before it (decision 0052); inside
        // one it runs on the transaction's connection, between `set` (source 'session') and `reset`.
        const source = (d: typeof t.database.db) =>
          d
            .select({ source: sql<string>`source`, mode: sql<string>`setting` })
            .from(sql`pg_settings`)
            .where(sql`name = 'plan_cache_mode' and ${sql.placeholder('one')}::int = 1`)
            .prepare('test_generic_mode_source');
        planGenerically('test_generic_mode_source');
        expect(await source(t.database.db).execute({ one: 1 })).toEqual([
          { source: 'client', mode: 'force_generic_plan' },
        ]);
        expect(
          await t.database.db.transaction(async (tx) => [
            await source(tx as unknown as typeof t.database.db).execute({ one: 1 }),
            await tx.execute(sql`select current_setting('plan_cache_mode') as mode`),
          ]),
        ).toMatchObject([[{ source: 'session', mode: 'force_generic_plan' }], { rows: [{ mode: 'auto' }] }]);
        // A read replica's pool is wired the same way (here pointed at the primary, which it only reads).
        const replica = openReplica(t.url ?? '');
        try {
          expect(await source(replica.db).execute({ one: 1 })).toEqual([
            { source: 'client', mode: 'force_generic_plan' },
          ]);
          expect(
            await replica.db.execute(sql`select current_setting('plan_cache_mode') as mode`),
          ).toMatchObject({
            rows: [{ mode: 'auto' }],
          });
          // Not a standby: nothing replayed.
          expect(await replica.hasReplayed('0/0')).toBe(false);
        } finally {
          await replica.close();
        }
        // Every connection of the pool at once, the one whose statement failed among them.
        const modes = await Promise.all(
          Array.from({ length: 10 }, () =>
            t.database.db.execute(sql`select current_setting('plan_cache_mode') as mode, pg_sleep(0.02)`),
          ),
        );
        expect(modes.map((r) => (r as { rows: Array<{ mode: string }> }).rows[0]?.mode)).toEqual(
          Array(10).fill('auto'),
        );
      } finally {
        await t.drop();
      }
    },
  );

  it.skipIf(!process.env.DATABASE_URL)(
    'a connection the server shuts down (57P01) is replaced quietly; any other loss is warned about',
    async () => {
      const warnings: string[] = [];
      const onWarning = (warning: Error) => warnings.push(warning.message);
      process.on('warning', onWarning);
      // A pool wired as openPostgres wires its pools, so the real 57P01 reaches the real handler.
      const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
      const seen: string[] = [];
      pool.on('error', (error: Error & { code?: string }) => {
        seen.push(error.code ?? error.name);
        reportIdleConnectionError(error);
      });
      const killer = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await killer.connect();
      try {
        const { rows } = await pool.query<{ pid: number }>('select pg_backend_pid() as pid');
        await killer.query('select pg_terminate_backend($1)', [rows[0]?.pid]);
        await waitFor(() => (seen.length > 0 ? true : undefined), { what: 'the idle connection to be lost' });
        await new Promise((resolve) => setImmediate(resolve));
        expect(seen).toEqual(['57P01']);
        expect(warnings.filter((w) => w.includes('idle connection'))).toEqual([]);
        reportIdleConnectionError(Object.assign(new Error('connection lost'), { code: 'ECONNRESET' }));
        await new Promise((resolve) => setImmediate(resolve));
        expect(warnings).toContain('PostgreSQL idle connection closed: ECONNRESET');
      } finally {
        process.off('warning', onWarning);
        await killer.end();
        await pool.end();
      }
    },
  );
});
