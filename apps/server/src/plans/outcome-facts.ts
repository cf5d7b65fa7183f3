/**
 * Facts the outcomes module asks of plans, without names: when plans were agreed, and per plan
 * closed in a window its area, level, reason and the results of its last evaluation. Read in pages
 * (keyset on id) so the nightly figures stay bounded over a million households.
 */
import { and, asc, desc, eq, gt, gte, inArray, isNotNull, lt, lte, max, min, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { householdEventsQuery } from '../db/household-events.ts';
import { householdAreaSubquery } from '../households/home-queries.ts';
import { agreementOfAgreedVersion } from './agreed-date.ts';
import { plan, planAction, planAgreement, planEvaluation, planFollowUp } from './schema.ts';

/** The moment each household's first plan was agreed (batch form of findPlanAgreedDate). */
export async function firstPlanAgreedAt(
  db: Executor,
  tenantId: string,
  householdIds: string[],
): Promise<Map<string, Date>> {
  if (householdIds.length === 0) return new Map();
  const perPlan = db
    .select({ householdId: plan.householdId, lastAgreedAt: max(planAgreement.agreedAt).as('last_agreed_at') })
    .from(plan)
    .innerJoin(planAgreement, agreementOfAgreedVersion)
    .where(
      and(
        eq(plan.tenantId, tenantId),
        inArray(plan.householdId, householdIds),
        isNotNull(plan.agreedVersion),
      ),
    )
    .groupBy(plan.id, plan.householdId)
    .as('per_plan');
  const rows = await db
    .select({ householdId: perPlan.householdId, first: min(perPlan.lastAgreedAt) })
    .from(perPlan)
    .groupBy(perPlan.householdId);
  return new Map(rows.flatMap((r) => (r.first ? [[r.householdId, new Date(r.first)] as const] : [])));
}

interface ClosedPlanFact {
  id: string;
  householdId: string;
  areaId: string | null;
  closedAt: Date;
  reason: string;
  /** The highest level among the plan's actions (0 own network, 1 team, 2 specialised). */
  level: number | null;
  goalResults: Array<'achieved' | 'partly' | 'not_achieved'>;
}

export async function closedPlanFactsPage(
  db: Executor,
  tenantId: string,
  window: { from: Date; to: Date },
  after: string | null,
  pageSize: number,
): Promise<ClosedPlanFact[]> {
  const householdArea = householdAreaSubquery(db, tenantId);
  const rows = await db
    .select({
      id: plan.id,
      householdId: plan.householdId,
      areaId: householdArea.areaId,
      closedAt: plan.closedAt,
      reason: plan.closedReason,
    })
    .from(plan)
    .leftJoin(householdArea, eq(householdArea.householdId, plan.householdId))
    .where(
      and(
        eq(plan.tenantId, tenantId),
        eq(plan.state, 'closed'),
        gte(plan.closedAt, window.from),
        lt(plan.closedAt, window.to),
        after ? gt(plan.id, after) : undefined,
      ),
    )
    .orderBy(asc(plan.id))
    .limit(pageSize);
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const [levels, evaluations] = await Promise.all([
    db
      .select({ planId: planAction.planId, level: sql<number>`max(${planAction.level})::int` })
      .from(planAction)
      .where(and(eq(planAction.tenantId, tenantId), inArray(planAction.planId, ids)))
      .groupBy(planAction.planId),
    db
      .selectDistinctOn([planEvaluation.planId], {
        planId: planEvaluation.planId,
        goalResults: planEvaluation.goalResults,
      })
      .from(planEvaluation)
      .where(and(eq(planEvaluation.tenantId, tenantId), inArray(planEvaluation.planId, ids)))
      .orderBy(planEvaluation.planId, desc(planEvaluation.evaluatedOn), desc(planEvaluation.createdAt)),
  ]);
  const levelOf = new Map(levels.map((l) => [l.planId, Number(l.level)]));
  const resultsOf = new Map(evaluations.map((e) => [e.planId, e.goalResults]));
  return rows.map((r) => ({
    id: r.id,
    householdId: r.householdId,
    areaId: r.areaId,
    closedAt: r.closedAt as Date,
    reason: r.reason ?? 'other',
    level: levelOf.get(r.id) ?? null,
    goalResults: (resultsOf.get(r.id) ?? []).map((g) => g.result),
  }));
}

/**
 * The household's satisfaction question that is due and not yet answered (scheduled two weeks
 * after closing), with the month the plan closed — the only time the answer is stored with.
 */
export async function dueSatisfactionFollowUp(
  db: Executor,
  tenantId: string,
  householdId: string,
  today: string,
): Promise<{ id: string; closedMonth: string } | null> {
  const [row] = await db
    .select({ id: planFollowUp.id, closedAt: plan.closedAt })
    .from(planFollowUp)
    .innerJoin(plan, and(eq(plan.tenantId, planFollowUp.tenantId), eq(plan.id, planFollowUp.planId)))
    .where(
      and(
        eq(planFollowUp.tenantId, tenantId),
        eq(planFollowUp.householdId, householdId),
        eq(planFollowUp.kind, 'satisfaction'),
        eq(planFollowUp.status, 'scheduled'),
        lte(planFollowUp.dueOn, today),
      ),
    )
    .orderBy(desc(planFollowUp.dueOn))
    .limit(1);
  if (!row?.closedAt) return null;
  return { id: row.id, closedMonth: row.closedAt.toISOString().slice(0, 7) };
}

/** Marks a follow-up done; false when it was already done (answered once). */
export async function completeFollowUp(db: Executor, tenantId: string, id: string, now: Date) {
  const done = await db
    .update(planFollowUp)
    .set({ status: 'done', doneAt: now })
    .where(
      and(eq(planFollowUp.tenantId, tenantId), eq(planFollowUp.id, id), eq(planFollowUp.status, 'scheduled')),
    )
    .returning({ id: planFollowUp.id });
  return done.length === 1;
}

interface DueRecurrenceCheck {
  id: string;
  householdId: string;
  offsetMonths: number;
  dueOn: string;
  closedAt: Date;
  areaId: string | null;
  level: number | null;
}

/** Recurrence checks (6 and 12 months after a closure) that are due and not yet done, oldest first. */
export async function dueRecurrenceChecks(
  db: Executor,
  tenantId: string,
  today: string,
  limit: number,
): Promise<DueRecurrenceCheck[]> {
  const householdArea = householdAreaSubquery(db, tenantId);
  const rows = await db
    .select({
      id: planFollowUp.id,
      planId: planFollowUp.planId,
      householdId: planFollowUp.householdId,
      offsetMonths: planFollowUp.offsetMonths,
      dueOn: planFollowUp.dueOn,
      closedAt: plan.closedAt,
      areaId: householdArea.areaId,
    })
    .from(planFollowUp)
    .innerJoin(plan, and(eq(plan.tenantId, planFollowUp.tenantId), eq(plan.id, planFollowUp.planId)))
    .leftJoin(householdArea, eq(householdArea.householdId, planFollowUp.householdId))
    .where(
      and(
        eq(planFollowUp.tenantId, tenantId),
        eq(planFollowUp.status, 'scheduled'),
        eq(planFollowUp.kind, 'recurrence_check'),
        lte(planFollowUp.dueOn, today),
        isNotNull(plan.closedAt),
      ),
    )
    .orderBy(asc(planFollowUp.dueOn), asc(planFollowUp.id))
    .limit(limit);
  const planIds = [...new Set(rows.map((r) => r.planId))];
  const levels =
    planIds.length === 0
      ? []
      : await db
          .select({ planId: planAction.planId, level: sql<number>`max(${planAction.level})::int` })
          .from(planAction)
          .where(and(eq(planAction.tenantId, tenantId), inArray(planAction.planId, planIds)))
          .groupBy(planAction.planId);
  const levelOf = new Map(levels.map((l) => [l.planId, Number(l.level)]));
  return rows.map(({ planId, ...r }) => ({
    ...r,
    closedAt: r.closedAt as Date,
    level: levelOf.get(planId) ?? null,
  }));
}

/** When each of `householdIds` had a plan started after a moment (see `householdEventsSince`). */
export const plansOfHouseholdsSince = householdEventsQuery({
  table: plan,
  tenantId: plan.tenantId,
  householdId: plan.householdId,
  at: plan.createdAt,
});

/** Marks follow-ups done; returns the ids that were still scheduled (each is done once). */
export async function completeFollowUps(db: Executor, tenantId: string, ids: string[], now: Date) {
  if (ids.length === 0) return [];
  const done = await db
    .update(planFollowUp)
    .set({ status: 'done', doneAt: now })
    .where(
      and(
        eq(planFollowUp.tenantId, tenantId),
        inArray(planFollowUp.id, ids),
        eq(planFollowUp.status, 'scheduled'),
      ),
    )
    .returning({ id: planFollowUp.id });
  return done.map((d) => d.id);
}
