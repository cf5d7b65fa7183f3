import { and, eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './database.ts';

/** A module's table of rows about one household (tenant, id, household). */
type HouseholdRowTable = PgTable & { id: PgColumn; tenantId: PgColumn; householdId: PgColumn };

/**
 * The ids of a household's rows in one of the caller's own tables: where a module's erasure starts
 * (it then removes the rows that hang off these ids, and these rows themselves).
 */
export async function householdRowIds(
  tx: Executor,
  table: HouseholdRowTable,
  tenantId: string,
  householdId: string,
): Promise<string[]> {
  const rows = await tx
    .select({ id: table.id })
    .from(table as PgTable)
    .where(and(eq(table.tenantId, tenantId), eq(table.householdId, householdId)));
  return rows.map((r) => r.id as string);
}
