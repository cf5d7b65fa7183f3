import { and, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { countPerHouseholdArea, type HouseholdAreaSubquery } from '../households/home-queries.ts';
import { plan } from './schema.ts';

/** Current plans among `householdIds` whose latest version was not (yet) agreed by every party. */
export async function findPlansAwaitingAgreement(
  db: Executor,
  tenantId: string,
  householdIds: string[],
): Promise<Array<{ householdId: string; state: string; version: number }>> {
  if (householdIds.length === 0) return [];
  return db
    .select({ householdId: plan.householdId, state: plan.state, version: plan.version })
    .from(plan)
    .where(
      and(
        eq(plan.tenantId, tenantId),
        inArray(plan.householdId, householdIds),
        ne(plan.state, 'closed'),
        or(isNull(plan.agreedVersion), sql`${plan.agreedVersion} < ${plan.version}`),
      ),
    )
    .limit(householdIds.length);
}

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
