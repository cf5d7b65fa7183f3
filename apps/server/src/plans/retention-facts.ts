/**
 * What retention asks of plans: when each household's support plan ended, whether one is still
 * active (a legal hold), and the destruction of a household's plans as part of a whole dossier.
 */
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import {
  plan,
  planAction,
  planAgreement,
  planComment,
  planEvaluation,
  planFollowUp,
  planGoal,
  planProposal,
  planSafety,
  planSafetyCheckDone,
  planSafetyScore,
  planVersion,
  planVersionRedaction,
} from './schema.ts';

/** Per household with a plan: the day its last plan closed, null while a plan is still open. */
export async function planEndDates(db: Executor, tenantId: string, householdIds?: string[]) {
  const rows = await db
    .select({
      householdId: plan.householdId,
      open: sql<number>`count(*) filter (where ${plan.state} <> 'closed')`.mapWith(Number),
      lastClosed: sql<
        string | null
      >`to_char(max(${plan.closedAt} at time zone 'Europe/Amsterdam'), 'YYYY-MM-DD')`,
    })
    .from(plan)
    .where(
      and(eq(plan.tenantId, tenantId), householdIds ? inArray(plan.householdId, householdIds) : undefined),
    )
    .groupBy(plan.householdId);
  return rows.map((r) => ({ householdId: r.householdId, endedOn: r.open > 0 ? null : r.lastClosed }));
}

/** Legal hold: a plan that is not closed means support is still going on. */
export async function activePlanHold(db: Executor, tenantId: string, householdId: string): Promise<string[]> {
  const [row] = await db
    .select({ id: plan.id })
    .from(plan)
    .where(and(eq(plan.tenantId, tenantId), eq(plan.householdId, householdId), ne(plan.state, 'closed')))
    .limit(1);
  return row ? ['active_plan'] : [];
}

export async function destroyHouseholdData(tx: Executor, tenantId: string, householdId: string) {
  const plans = await tx
    .select({ id: plan.id })
    .from(plan)
    .where(and(eq(plan.tenantId, tenantId), eq(plan.householdId, householdId)));
  const ids = plans.map((p) => p.id);
  const counts: Record<string, number> = {};
  const followUps = await tx
    .delete(planFollowUp)
    .where(and(eq(planFollowUp.tenantId, tenantId), eq(planFollowUp.householdId, householdId)))
    .returning({ id: planFollowUp.planId });
  counts.plan_follow_up = followUps.length;
  if (ids.length === 0) return { ...counts, plan: 0 };
  // Children first, in foreign-key order: agreements name versions, actions name goals.
  const children = [
    ['plan_agreement', planAgreement],
    ['plan_action', planAction],
    ['plan_goal', planGoal],
    ['plan_proposal', planProposal],
    ['plan_comment', planComment],
    ['plan_evaluation', planEvaluation],
    ['plan_safety', planSafety],
    ['plan_safety_check_done', planSafetyCheckDone],
    ['plan_safety_score', planSafetyScore],
    ['plan_version_redaction', planVersionRedaction],
    ['plan_version', planVersion],
  ] as const;
  for (const [name, table] of children) {
    const rows = await tx
      .delete(table)
      .where(and(eq(table.tenantId, tenantId), inArray(table.planId, ids)))
      .returning({ id: table.planId });
    counts[name] = rows.length;
  }
  await tx.delete(plan).where(and(eq(plan.tenantId, tenantId), inArray(plan.id, ids)));
  return { ...counts, plan: ids.length };
}
