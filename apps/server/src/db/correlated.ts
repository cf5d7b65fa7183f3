import { type SQL, sql } from 'drizzle-orm';

/**
 * A correlated subquery for a select list, kept intact. Drizzle writes the columns of a one-table
 * select without their table name, and that reaches into a raw SQL field too: `"tenant_id" =
 * "tenant_id"` would compare the subquery's own column with itself. One level deeper the columns
 * keep their table names, so a fragment that other modules select wraps its subquery in this.
 */
export function correlated<T>(query: SQL<T>): SQL<T> {
  return sql<T>`${query}`;
}
