import { type AnyColumn, and, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import { correlated } from '../db/correlated.ts';
import type { Executor } from '../db/database.ts';
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

/** What a list of households shows of each one's current plan; null: the household has none. */
export interface CurrentPlanFacts {
  state: string;
  version: number;
  nextEvaluationDate: string | null;
  /** Actions still open or in progress. */
  openActions: number;
  /** The latest version was not (yet) agreed by every party. */
  awaitingAgreement: boolean;
}

/**
 * The household's current plan as one JSON value, a correlated subquery for the caller's own
 * query (the caseload reads its households and their plans in one round trip; the plan tables stay
 * this module's). Each household costs two index probes: its plan and that plan's actions.
 */
export function currentPlanOf(tenantId: AnyColumn, householdId: AnyColumn): SQL<CurrentPlanFacts | null> {
  return correlated(sql<CurrentPlanFacts | null>`(select json_build_object(
      'state', ${plan.state},
      'version', ${plan.version},
      'nextEvaluationDate', ${plan.nextEvaluationDate},
      'awaitingAgreement', ${plan.agreedVersion} is null or ${plan.agreedVersion} < ${plan.version},
      'openActions', (select count(*)::int from ${planAction}
        where ${planAction.tenantId} = ${plan.tenantId} and ${planAction.planId} = ${plan.id}
          and ${planAction.status} in ('open', 'in_progress')))
    from ${plan}
    where ${plan.tenantId} = ${tenantId} and ${plan.householdId} = ${householdId} and ${plan.state} <> 'closed'
    limit 1)`);
}
