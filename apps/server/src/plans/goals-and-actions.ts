/** Plan goals and actions for other modules' views (consent's shared plan, the AVG export). */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { open as openText } from './crypto.ts';
import { currentPlan } from './current-plan.ts';
import { plan, planAction, planGoal } from './schema.ts';

/**
 * The goals and actions of the household's current plan, in plan order, still sealed (the caller
 * shows only what its rule allows and opens that); null without a plan.
 */
export async function currentPlanGoalsAndActions(db: Executor, tenantId: string, householdId: string) {
  const p = await currentPlan(db, tenantId, householdId);
  if (!p) return null;
  const goals = await db
    .select()
    .from(planGoal)
    .where(and(eq(planGoal.tenantId, tenantId), eq(planGoal.planId, p.id)))
    .orderBy(asc(planGoal.position))
    .limit(200);
  const actions = await db
    .select()
    .from(planAction)
    .where(and(eq(planAction.tenantId, tenantId), eq(planAction.planId, p.id)))
    .orderBy(asc(planAction.position))
    .limit(1000);
  return { goals, actions };
}

/** The goals about this person in every plan of the household (also closed ones), opened. */
export async function goalsAboutPerson(
  db: Executor,
  tenantId: string,
  householdId: string,
  personId: string,
) {
  const rows = await db
    .select({
      description: planGoal.description,
      achievedWhen: planGoal.achievedWhen,
      targetDate: planGoal.targetDate,
      planState: plan.state,
    })
    .from(planGoal)
    .innerJoin(plan, and(eq(plan.tenantId, planGoal.tenantId), eq(plan.id, planGoal.planId)))
    .where(
      and(
        eq(planGoal.tenantId, tenantId),
        eq(plan.householdId, householdId),
        sql`${planGoal.concernsPersonIds} @> ${JSON.stringify([personId])}::jsonb`,
      ),
    )
    .limit(500);
  return rows.map((g) => ({
    ...g,
    description: openText(g.description),
    achievedWhen: openText(g.achievedWhen),
  }));
}
