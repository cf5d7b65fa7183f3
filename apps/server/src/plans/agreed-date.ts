import { and, eq, isNotNull, max, min } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { plan, planAgreement } from './schema.ts';

/** A plan's agreement rows of the version the family agreed (what "agreed" means for a plan). */
export const agreementOfAgreedVersion = and(
  eq(planAgreement.tenantId, plan.tenantId),
  eq(planAgreement.planId, plan.id),
  eq(planAgreement.version, plan.agreedVersion),
);

/**
 * When the household's plan was first agreed: the moment the last required party agreed to the
 * first plan that reached an agreed version. Null while no plan of the household was ever agreed.
 * The referrals module measures its "signal → agreed plan" waiting time with it.
 */
export async function findPlanAgreedDate(
  db: Executor,
  tenantId: string,
  householdId: string,
): Promise<Date | null> {
  const perPlan = db
    .select({ lastAgreedAt: max(planAgreement.agreedAt).as('last_agreed_at') })
    .from(plan)
    .innerJoin(planAgreement, agreementOfAgreedVersion)
    .where(and(eq(plan.tenantId, tenantId), eq(plan.householdId, householdId), isNotNull(plan.agreedVersion)))
    .groupBy(plan.id)
    .as('per_plan');
  const [row] = await db.select({ first: min(perPlan.lastAgreedAt) }).from(perPlan);
  return row?.first ? new Date(row.first) : null;
}
