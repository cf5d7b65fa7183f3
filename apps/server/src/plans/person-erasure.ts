/**
 * Erasure of one person from a household's plans (AVG art. 17, decision 0022). The plan is the
 * household's and stays; what is about this person goes: the words of a goal about them alone
 * (and of its actions), their name on actions they own, their own safety scores. A goal shared
 * with others stays and just no longer names them. Comments and proposals on a goal about them
 * alone lose their words too (person-erasure-threads.ts). Signed plan versions stay; only their
 * name is scrubbed from them (name-scrub.ts, decision 0027).
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { seal } from './crypto.ts';
import { countWrittenBy, eraseThreadsAbout } from './person-erasure-threads.ts';
import { plan, planAction, planGoal, planSafetyScore } from './schema.ts';

/** What a goal or action reads after the words about an erased person went. */
export const ERASED_TEXT = '— (verwijderd op verzoek)';

export async function erasePersonData(tx: Executor, tenantId: string, householdId: string, personId: string) {
  const plans = await tx
    .select({ id: plan.id })
    .from(plan)
    .where(and(eq(plan.tenantId, tenantId), eq(plan.householdId, householdId)));
  const planIds = plans.map((p) => p.id);
  if (planIds.length === 0) return {};
  // Goal and action texts are encrypted at rest, so the erasure marker that replaces them is too
  // (a marker written in clear made every later read of the plan fail).
  const erased = seal(ERASED_TEXT);
  const ofPlans = and(eq(planGoal.tenantId, tenantId), inArray(planGoal.planId, planIds));
  const aboutThem = sql`${planGoal.concernsPersonIds} @> ${JSON.stringify([personId])}::jsonb`;
  const alone = await tx
    .update(planGoal)
    .set({ description: erased, achievedWhen: erased, concernsPersonIds: [] })
    .where(and(ofPlans, aboutThem, sql`jsonb_array_length(${planGoal.concernsPersonIds}) = 1`))
    .returning({ id: planGoal.id });
  const aloneIds = alone.map((g) => g.id);
  const shared = await tx
    .update(planGoal)
    .set({ concernsPersonIds: sql`${planGoal.concernsPersonIds} - ${personId}::text` })
    .where(and(ofPlans, aboutThem))
    .returning({ id: planGoal.id });
  if (aloneIds.length > 0)
    await tx
      .update(planAction)
      .set({ description: erased })
      .where(and(eq(planAction.tenantId, tenantId), inArray(planAction.goalId, aloneIds)));
  const owned = await tx
    .update(planAction)
    .set({ ownerLabel: ERASED_TEXT })
    .where(
      and(
        eq(planAction.tenantId, tenantId),
        inArray(planAction.planId, planIds),
        eq(planAction.ownerKind, 'household_member'),
        eq(planAction.ownerRef, personId),
      ),
    )
    .returning({ id: planAction.id });
  const scores = await tx
    .delete(planSafetyScore)
    .where(
      and(
        eq(planSafetyScore.tenantId, tenantId),
        inArray(planSafetyScore.planId, planIds),
        eq(planSafetyScore.participantKind, 'household_member'),
        eq(planSafetyScore.participantRef, personId),
      ),
    )
    .returning({ id: planSafetyScore.id });
  const threads = await eraseThreadsAbout(tx, tenantId, planIds, aloneIds, erased);
  const written = await countWrittenBy(tx, tenantId, planIds, personId);
  return {
    ...threads,
    ...written,
    goals_about_them: alone.length,
    goals_shared: shared.length,
    actions_they_own: owned.length,
    safety_scores: scores.length,
  };
}
