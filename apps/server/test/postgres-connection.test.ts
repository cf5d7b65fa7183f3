import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from './helpers/test-database.ts';

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
});
