import { and, eq, ne, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import type { HouseholdAreaSubquery } from '../households/home-queries.ts';
import { plan } from './schema.ts';

/** Figures: plans not closed, per area of the household. No names. */
export async function countOpenPlansByArea(
  db: Executor,
  tenantId: string,
  householdArea: HouseholdAreaSubquery,
): Promise<Map<string, number>> {
  const rows = await db
    .select({ areaId: householdArea.areaId, n: sql<number>`count(*)::int` })
    .from(plan)
    .innerJoin(householdArea, eq(householdArea.householdId, plan.householdId))
    .where(and(eq(plan.tenantId, tenantId), ne(plan.state, 'closed')))
    .groupBy(householdArea.areaId);
  return new Map(rows.map((r) => [r.areaId ?? '', Number(r.n)]));
}
