import { and, asc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { refLifeDomain } from '../tenancy/schema.ts';
import { plan, planAction } from './schema.ts';

/** For the caseload: the next evaluation date of each household's current plan. */
export async function findNextEvaluationDates(
  db: Executor,
  tenantId: string,
  householdIds: string[],
): Promise<Map<string, string | null>> {
  if (householdIds.length === 0) return new Map();
  const rows = await db
    .select({ householdId: plan.householdId, next: plan.nextEvaluationDate })
    .from(plan)
    .where(
      and(eq(plan.tenantId, tenantId), inArray(plan.householdId, householdIds), ne(plan.state, 'closed')),
    );
  return new Map(rows.map((r) => [r.householdId, r.next]));
}

/** For the caseload: open (open or in progress) actions of each household's current plan. */
export async function countOpenActions(
  db: Executor,
  tenantId: string,
  householdIds: string[],
): Promise<Map<string, number>> {
  if (householdIds.length === 0) return new Map();
  const rows = await db
    .select({ householdId: plan.householdId, n: sql<number>`count(*)::int` })
    .from(planAction)
    .innerJoin(plan, and(eq(plan.tenantId, planAction.tenantId), eq(plan.id, planAction.planId)))
    .where(
      and(
        eq(planAction.tenantId, tenantId),
        inArray(plan.householdId, householdIds),
        ne(plan.state, 'closed'),
        inArray(planAction.status, ['open', 'in_progress']),
      ),
    )
    .groupBy(plan.householdId);
  return new Map(rows.map((r) => [r.householdId, Number(r.n)]));
}

export async function listLifeDomains(db: Executor) {
  const rows = await db.select().from(refLifeDomain).orderBy(asc(refLifeDomain.code)).limit(100);
  return rows.map((r) => ({ code: r.code, nameNl: r.nameNl, nameEn: r.nameEn }));
}
