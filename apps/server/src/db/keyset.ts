/**
 * Keyset pagination (decision 0031): the next page starts after the last row's sort key and id, as
 * one row comparison an index on the same columns serves, so page 1,000 costs what page 1 costs.
 */
import { type AnyColumn, type Placeholder, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';

/**
 * `(a, b, id) > (x, y, z)`: every column ascending, the id last so ties on the sort key never repeat
 * or drop. A list newest first (`desc`) compares `<` with every column descending: one backward scan
 * of an ascending index serves it.
 */
export function rowsAfter(
  columns: ReadonlyArray<AnyColumn | SQL>,
  values: ReadonlyArray<SQL | Placeholder | string | number>,
  order: 'asc' | 'desc' = 'asc',
): SQL {
  return sql`(${sql.join([...columns], sql`, `)}) ${order === 'asc' ? sql`>` : sql`<`} (${sql.join(
    values.map((v) => (typeof v === 'object' ? v : sql`${v}`)),
    sql`, `,
  )})`;
}

/** A timestamp as PostgreSQL writes it (`::text`): microseconds and offset kept, so it round-trips exactly. */
export const DbTimestamp = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/)
  .refine((s) => {
    const day = s.slice(0, 10);
    const time = Date.parse(s.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00'));
    const midnight = new Date(`${day}T00:00:00Z`);
    // 2026-02-31 would parse (as 3 March): the day must be the calendar's own.
    return (
      !Number.isNaN(time) && !Number.isNaN(midnight.getTime()) && midnight.toISOString().slice(0, 10) === day
    );
  });

/** The text of a timestamp column, to put in a cursor (see `DbTimestamp`). */
export const timestampText = (column: AnyColumn) => sql<string>`${column}::text`;

/** A cursor's timestamp back as a value to compare the column with. */
export const asTimestamp = (text: string) => sql`${text}::timestamptz`;
