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

/**
 * The application's tables whose statistics are missing or out of date: never analyzed
 * (`reltuples` -1), or grown or shrunk since by more than a tenth of the pages counted then (and
 * more than a page), as autovacuum's analyze threshold does by rows. PGlite keeps no activity
 * counters across a restart (`pg_stat_user_tables` starts empty), so the sizes on disk are what
 * tells; `relpages` and `reltuples` are stored in the catalog by ANALYZE itself.
 */
export async function staleStatisticsTables(database: Database): Promise<string[]> {
  const rows = await database.ownerQuery<{ name: string }>(
    `select format('%I.%I', n.nspname, c.relname) as name
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'm', 'p')
        and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%'
        and (c.reltuples < 0
          or abs(pg_relation_size(c.oid) / current_setting('block_size')::int - c.relpages) > 1 + c.relpages / 10)
      order by 1`,
  );
  return rows.map((r) => r.name);
}

/**
 * Analyzes only the tables whose statistics are stale (see above). A full ANALYZE of the embedded
 * database takes 0.5–1.8 s, and PGlite runs it on the only thread: at every start it would hold up
 * the first requests although nothing changed since the last one (decision 0036).
 */
export async function refreshStalePlannerStatistics(database: Database): Promise<string[]> {
  const tables = await staleStatisticsTables(database);
  if (tables.length > 0) await database.ownerQuery(`analyze ${tables.join(', ')}`);
  return tables;
}
