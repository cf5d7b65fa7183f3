import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { correlated } from '../db/correlated.ts';
import { intake } from './schema.ts';

/** Whether the household's intake screening had a yes, as a condition for the caller's own query. */
export function safetyFlagOf(tenantId: AnyColumn, householdId: AnyColumn): SQL<boolean> {
  return correlated(sql<boolean>`exists (select 1 from ${intake}
    where ${intake.tenantId} = ${tenantId} and ${intake.householdId} = ${householdId} and ${intake.safetyFlag})`);
}
