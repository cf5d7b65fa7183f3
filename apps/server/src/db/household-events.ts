import { and, eq, gt, inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './database.ts';

/** Where a module keeps its events per household: the table and its tenant, household and time columns. */
interface HouseholdEventColumns {
  table: PgTable;
  tenantId: PgColumn;
  householdId: PgColumn;
  at: PgColumn;
}

/**
 * When each of `householdIds` had an event (a signal, plan, assignment…) after `after` (outcome
 * criterion 3.2: has the need come back?). The caller narrows per household to its own window.
 */
async function householdEventsSince(
  db: Executor,
  events: HouseholdEventColumns,
  tenantId: string,
  householdIds: string[],
  after: Date,
): Promise<Array<{ householdId: string; at: Date }>> {
  if (householdIds.length === 0) return [];
  const rows = await db
    .select({ householdId: events.householdId, at: events.at })
    .from(events.table)
    .where(
      and(eq(events.tenantId, tenantId), inArray(events.householdId, householdIds), gt(events.at, after)),
    );
  // The columns are generic here; every caller's household column is text and its time a timestamp.
  return rows.flatMap((r) =>
    r.householdId ? [{ householdId: r.householdId as string, at: r.at as Date }] : [],
  );
}

/** `householdEventsSince` bound to one module's table, as that module exports it. */
export function householdEventsQuery(events: HouseholdEventColumns) {
  return (db: Executor, tenantId: string, householdIds: string[], after: Date) =>
    householdEventsSince(db, events, tenantId, householdIds, after);
}
