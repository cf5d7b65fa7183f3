import { sql } from 'drizzle-orm';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { reportIdleConnectionError } from '../src/db/database.ts';
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
