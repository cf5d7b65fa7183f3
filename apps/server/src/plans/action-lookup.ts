import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { plan, planAction } from './schema.ts';

/**
 * A plan action of a plan that is not closed, with its household (an assignment is made for such an
 * action); null when there is none. Callers check the household and decide access.
 */
export async function findOpenPlanAction(db: Executor, tenantId: string, actionId: string) {
  const [row] = await db
    .select({
      id: planAction.id,
      level: planAction.level,
      ownerKind: planAction.ownerKind,
      ownerRef: planAction.ownerRef,
      householdId: plan.householdId,
    })
    .from(planAction)
    .innerJoin(plan, and(eq(plan.tenantId, planAction.tenantId), eq(plan.id, planAction.planId)))
    .where(and(eq(planAction.tenantId, tenantId), eq(planAction.id, actionId), isNull(plan.closedAt)))
    .limit(1);
  return row ?? null;
}
