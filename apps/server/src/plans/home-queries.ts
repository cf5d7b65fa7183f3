import { and, eq, ne } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { countPerHouseholdArea, type HouseholdAreaSubquery } from '../households/home-queries.ts';
import { plan } from './schema.ts';

/** Figures: plans not closed, per area of the household. No names. */
export async function countOpenPlansByArea(
  db: Executor,
  tenantId: string,
  householdArea: HouseholdAreaSubquery,
): Promise<Map<string, number>> {
  return countPerHouseholdArea(db, householdArea, {
    table: plan,
    householdId: plan.householdId,
    where: and(eq(plan.tenantId, tenantId), ne(plan.state, 'closed')),
  });
}
