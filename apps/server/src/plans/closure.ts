import { randomUUID } from 'node:crypto';
import type { PlanClosure, PlanClosureInput } from '@een-plan/contracts';
import { and, asc, eq, lte } from 'drizzle-orm';
import type { z } from 'zod';
import { listAwaitingStop, listOpenAssignments, withdrawForClosure } from '../assignments/withdraw.ts';
import { recordAccess } from '../audit/record.ts';
import type { Db, Executor } from '../db/database.ts';
import { closeHousehold } from '../households/status.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { loadContent, writeVersion } from './content.ts';
import { plan, planEvaluation, planFollowUp } from './schema.ts';
import { authorizePlan, checkVersion, requirePlan } from './service.ts';

/**
 * Closing a plan closes everything (issue 13): every open assignment is ended by the municipality
 * (a JW301 with the closing date goes to the provider; started ones still need the provider's stop
 * message), every open action is marked done or dropped, the household becomes inactive with the
 * closing date, and the aftercare is scheduled — in one transaction, audited.
 */

/** The aftercare scheduled at closure: the satisfaction question and two recurrence checks. */
const FOLLOW_UPS = [
  // Two weeks after closing: time for the family to look back, still fresh.
  { kind: 'satisfaction', offsetMonths: 0, offsetDays: 14 },
  { kind: 'recurrence_check', offsetMonths: 6, offsetDays: 0 },
  { kind: 'recurrence_check', offsetMonths: 12, offsetDays: 0 },
] as const;

/** A calendar date plus whole months (clamped to the month's last day) and days. */
export function addMonthsAndDays(isoDate: string, months: number, days = 0): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay) + days);
  return target.toISOString().slice(0, 10);
}

function today(now: Date) {
  return amsterdamDate(now);
}

async function hasEvaluation(db: Executor, tenantId: string, planId: string) {
  const [e] = await db
    .select({ id: planEvaluation.id })
    .from(planEvaluation)
    .where(and(eq(planEvaluation.tenantId, tenantId), eq(planEvaluation.planId, planId)))
    .limit(1);
  return Boolean(e);
}

/** Before closing: what closing today will do. After: what it did and what still waits. */
export async function getClosure(
  db: Db,
  actor: Actor,
  householdId: string,
  ctx: RequestOrigin,
  now = new Date(),
): Promise<PlanClosure> {
  await authorizePlan(db, actor, householdId, 'plan.read', ctx, { action: 'plan.closure_read' });
  const p = await requirePlan(db, actor.tenantId, householdId);
  const closed = p.state === 'closed';
  const closedOn = closed && p.closedAt ? today(p.closedAt) : today(now);
  const content = await loadContent(db, actor.tenantId, p);
  const actions = content.goals
    .flatMap((g) => g.actions)
    .filter((a) => closed || a.status === 'open' || a.status === 'in_progress')
    .map((a) => ({ id: a.id, description: a.description, ownerLabel: a.owner.label, status: a.status }));
  const followUps = closed
    ? (
        await db
          .select()
          .from(planFollowUp)
          .where(and(eq(planFollowUp.tenantId, actor.tenantId), eq(planFollowUp.planId, p.id)))
          .orderBy(asc(planFollowUp.dueOn))
          .limit(20)
      ).map((f) => ({
        id: f.id,
        kind: f.kind,
        offsetMonths: f.offsetMonths,
        dueOn: f.dueOn,
        status: f.status,
      }))
    : FOLLOW_UPS.map((f) => ({
        id: null,
        kind: f.kind,
        offsetMonths: f.offsetMonths,
        dueOn: addMonthsAndDays(closedOn, f.offsetMonths, f.offsetDays),
        status: 'planned',
      }));
  const toClosure = (o: Awaited<ReturnType<typeof listOpenAssignments>>[number]) => ({
    id: o.id,
    assignmentNumber: o.assignmentNumber,
    personFirstName: o.personFirstName,
    organisationName: o.organisationName,
    productName: o.productName,
    status: o.status,
    endDate: o.endDate,
    budgetCents: o.budgetCents,
    outcome: o.outcome,
    newEndDate: o.newEndDate,
    newBudgetCents: o.newBudgetCents,
  });
  const assignments = closed ? [] : await listOpenAssignments(db, actor.tenantId, householdId, closedOn);
  const awaitingStop = await listAwaitingStop(db, actor.tenantId, householdId);
  return {
    planId: p.id,
    state: p.state,
    version: p.version,
    closed,
    canClose: p.state === 'in_evaluation' && (await hasEvaluation(db, actor.tenantId, p.id)),
    closedOn,
    reason: p.closedReason,
    assignments: assignments.map(toClosure),
    awaitingStop: awaitingStop.map(toClosure),
    actions,
    followUps,
  };
}

/** Closes the household's plan and everything that hangs on it. */
export async function closePlan(
  db: Db,
  actor: Actor,
  householdId: string,
  input: z.output<typeof PlanClosureInput>,
  ctx: RequestOrigin,
  now = new Date(),
): Promise<{ closedOn: string; assignments: number; actions: number; followUps: number }> {
  return db.transaction(async (tx) => {
    await authorizePlan(tx, actor, householdId, 'plan.transition', ctx, { action: 'plan.close' });
    const p = await requirePlan(tx, actor.tenantId, householdId, true);
    checkVersion(p, input.version);
    if (p.state !== 'in_evaluation') {
      throw new ProblemError('plan_transition_not_allowed', `${p.state} -> closed`);
    }
    if (!(await hasEvaluation(tx, actor.tenantId, p.id))) throw new ProblemError('plan_evaluation_missing');
    const closedOn = today(now);

    // Actions: the coordinator's choice per open action; the rest is dropped.
    const content = await loadContent(tx, actor.tenantId, p);
    const openActions = content.goals
      .flatMap((g) => g.actions)
      .filter((a) => a.status === 'open' || a.status === 'in_progress');
    const chosen = new Map(input.actions.map((c) => [c.actionId, c.status]));
    const unknown = input.actions.findIndex((c) => !openActions.some((a) => a.id === c.actionId));
    if (unknown >= 0) {
      throw new ProblemError('validation_failed', undefined, [
        {
          path: `body.actions.${unknown}.actionId`,
          code: 'invalid_reference',
          message: {
            nl: 'Deze actie hoort niet bij de open acties van dit plan.',
            en: 'This action is not one of the open actions of this plan.',
          },
        },
      ]);
    }
    for (const a of openActions) a.status = chosen.get(a.id) ?? 'cancelled';
    const current = openActions.length > 0 ? await writeVersion(tx, actor, p, content, 'closed') : p;

    const ended = await withdrawForClosure(tx, actor, householdId, closedOn, now, ctx);

    await tx
      .update(plan)
      .set({ state: 'closed', closedAt: now, closedReason: input.reason, updatedAt: now })
      .where(and(eq(plan.tenantId, actor.tenantId), eq(plan.id, p.id)));

    await closeHousehold(tx, actor, householdId, closedOn, ctx);

    await tx.insert(planFollowUp).values(
      FOLLOW_UPS.map((f) => ({
        tenantId: actor.tenantId,
        id: randomUUID(),
        planId: p.id,
        householdId,
        kind: f.kind,
        offsetMonths: f.offsetMonths,
        dueOn: addMonthsAndDays(closedOn, f.offsetMonths, f.offsetDays),
        createdBy: actor.userId,
      })),
    );

    const summary = {
      planId: p.id,
      from: p.state,
      to: 'closed',
      version: current.version,
      reason: input.reason,
      closedOn,
      assignments: ended.length,
      awaitingStop: ended.filter((e) => e.outcome === 'awaiting_stop').length,
      actionsDone: openActions.filter((a) => a.status === 'done').length,
      actionsDropped: openActions.filter((a) => a.status === 'cancelled').length,
      followUps: FOLLOW_UPS.length,
    };
    await recordAccess(
      tx,
      actor,
      ctx,
      {
        action: 'plan.close',
        subjectType: 'household',
        subjectId: householdId,
        dataCategory: 'plan',
        purpose: 'family_plan',
      },
      summary,
    );
    return {
      closedOn,
      assignments: ended.length,
      actions: openActions.length,
      followUps: FOLLOW_UPS.length,
    };
  });
}

/** Follow-ups due on or before a day (for the outcomes work: ask, then mark done). */
export async function listDueFollowUps(db: Executor, tenantId: string, onOrBefore: string) {
  return db
    .select({
      id: planFollowUp.id,
      planId: planFollowUp.planId,
      householdId: planFollowUp.householdId,
      kind: planFollowUp.kind,
      offsetMonths: planFollowUp.offsetMonths,
      dueOn: planFollowUp.dueOn,
    })
    .from(planFollowUp)
    .where(
      and(
        eq(planFollowUp.tenantId, tenantId),
        eq(planFollowUp.status, 'scheduled'),
        lte(planFollowUp.dueOn, onOrBefore),
      ),
    )
    .orderBy(asc(planFollowUp.dueOn))
    .limit(1000);
}
