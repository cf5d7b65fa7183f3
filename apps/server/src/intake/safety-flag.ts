import { type AnyColumn, and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { correlated } from '../db/correlated.ts';
import type { Executor } from '../db/database.ts';
import { intake } from './schema.ts';

/** Households among `ids` whose intake safety screening had a yes. */
export async function householdsWithSafetyFlag(db: Executor, tenantId: string, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ householdId: intake.householdId })
    .from(intake)
    .where(and(eq(intake.tenantId, tenantId), inArray(intake.householdId, ids), eq(intake.safetyFlag, true)))
    .limit(ids.length);
  return new Set(rows.map((r) => r.householdId));
}

/** Whether the household's intake screening had a yes, as a condition for the caller's own query. */
export function safetyFlagOf(tenantId: AnyColumn, householdId: AnyColumn): SQL<boolean> {
  return correlated(sql<boolean>`exists (select 1 from ${intake}
    where ${intake.tenantId} = ${tenantId} and ${intake.householdId} = ${householdId} and ${intake.safetyFlag})`);
}
