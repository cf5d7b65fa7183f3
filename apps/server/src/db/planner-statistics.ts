import { sql } from 'drizzle-orm';
import type { Database } from './database.ts';

/**
 * Collects the planner's statistics for every table. Without them PostgreSQL assumes a table of a
 * row or two and nests loops over whole tables: on the demo story a household name search took
 * 37 s instead of milliseconds. PGlite has no autovacuum daemon to collect them, and a server's
 * autovacuum waits a while after a bulk load, so whoever loads data in bulk calls this. As the
 * owner: PostgreSQL 15 lets only a table's owner analyze it, and the app role owns none.
 */
export async function refreshPlannerStatistics(database: Database): Promise<void> {
  await database.ownerDb.execute(sql`analyze`);
}
