/** Loads what a toekomstplan decision needs and decides it, auditing every refusal. */
import { and, asc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { loadSectionFacts } from '../consent/access.ts';
import type { Executor } from '../db/database.ts';
import { firstNamesOf } from '../households/home-queries.ts';
import { findBirthDate, findHouseholdFacts, type HouseholdRow } from '../households/membership.ts';
import type { Actor } from '../policy/actor.ts';
import { refuse } from '../policy/authorize.ts';
import type { ConsentFact } from '../policy/decide-consent.ts';
import {
  decideFuturePlan,
  type FuturePlanAction,
  type FuturePlanDecision,
  type FuturePlanFacts,
} from '../policy/decide-future-plan.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { futurePlan } from './schema.ts';
import type { FuturePlanRow } from './view.ts';

export const FUTURE_PLAN_AUDIT = { dataCategory: 'household.future_plan', purpose: 'care_coordination' };

export interface LoadedPlan {
  row: FuturePlanRow;
  household: HouseholdRow;
  youth: { firstName: string; birthDate: string };
  facts: FuturePlanFacts;
}

export async function householdConsents(db: Executor, actor: Actor, h: HouseholdRow, now: Date) {
  return (await loadSectionFacts(db, actor, h, now)).facts.consents;
}

export async function plansOfHousehold(db: Executor, tenantId: string, householdId: string) {
  return db
    .select()
    .from(futurePlan)
    .where(and(eq(futurePlan.tenantId, tenantId), eq(futurePlan.householdId, householdId)))
    .orderBy(asc(futurePlan.startedOn), asc(futurePlan.id))
    .limit(20);
}

export async function loadPlanFacts(
  db: Executor,
  tenantId: string,
  row: FuturePlanRow,
  household: HouseholdRow,
  consents: readonly ConsentFact[],
): Promise<LoadedPlan | null> {
  const birthDate = await findBirthDate(db, tenantId, row.personId);
  if (!birthDate) return null;
  const firstName = (await firstNamesOf(db, tenantId, [row.personId])).get(row.personId) ?? '';
  return {
    row,
    household,
    youth: { firstName, birthDate },
    facts: {
      tenantId,
      coordinatorId: household.coordinatorId,
      teamId: household.teamId,
      memberPersonIds: household.memberPersonIds,
      youthPersonId: row.personId,
      youthBirthDate: birthDate,
      consents,
    },
  };
}

/** One plan of one household, or null when either does not exist (in the actor's tenant). */
async function findPlan(
  db: Executor,
  actor: Actor,
  householdId: string,
  planId: string,
  now: Date,
): Promise<LoadedPlan | null> {
  const [row] = await db
    .select()
    .from(futurePlan)
    .where(
      and(
        eq(futurePlan.tenantId, actor.tenantId),
        eq(futurePlan.householdId, householdId),
        eq(futurePlan.id, planId),
      ),
    )
    .limit(1);
  if (!row) return null;
  const household = await findHouseholdFacts(db, actor.tenantId, householdId);
  if (!household) return null;
  return loadPlanFacts(
    db,
    actor.tenantId,
    row,
    household,
    await householdConsents(db, actor, household, now),
  );
}

const attempt = (action: FuturePlanAction, planId: string) => ({
  action,
  subjectType: 'future_plan',
  subjectId: planId,
  ...FUTURE_PLAN_AUDIT,
});

/** Records a refused read of one plan in a list (the list goes on without it). */
export async function auditListRefusal(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  planId: string,
  reason: string,
) {
  await recordAudit(db, {
    tenantId: actor.tenantId,
    actor,
    outcome: 'denied',
    ...attempt('future_plan.read', planId),
    requestId: ctx.requestId,
    clientAddress: ctx.clientAddress,
    details: { reason },
  });
}

/**
 * Loads a plan and decides `action`: a stranger to the household gets 404 (nothing leaks), a
 * member or professional who may not do this 403; both are audited.
 */
export async function requireFuturePlan(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  planId: string,
  action: FuturePlanAction,
  now: Date,
): Promise<LoadedPlan & { decision: Extract<FuturePlanDecision, { allowed: true }> }> {
  const loaded = await findPlan(db, actor, householdId, planId, now);
  if (!loaded) return refuse(db, actor, ctx, attempt(action, planId), 'not_found', 'not_found');
  const decision = decideFuturePlan(actor, action, loaded.facts, now);
  if (!decision.allowed) {
    const hidden = decision.reason === 'other_tenant' || decision.reason === 'no_relationship';
    return refuse(
      db,
      actor,
      ctx,
      attempt(action, planId),
      decision.reason,
      hidden ? 'not_found' : 'forbidden',
    );
  }
  return { ...loaded, decision };
}

/** What else the reader may do in this plan (the page shows only those controls). */
export function mayIn(actor: Actor, facts: FuturePlanFacts, now: Date) {
  const may = (a: FuturePlanAction) => decideFuturePlan(actor, a, facts, now).allowed;
  return {
    chooseHelper: may('future_plan.choose_helper'),
    updateTopics: may('future_plan.update_topic'),
    decideContinuity: may('future_plan.decide_continuity'),
  };
}
