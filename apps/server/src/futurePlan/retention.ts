/** Destruction of a household's toekomstplannen with their topics (retention and erasure). */
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { futurePlan, futurePlanTopic } from './schema.ts';

export async function destroyHouseholdData(tx: Executor, tenantId: string, householdId: string) {
  const plans = await tx
    .select({ id: futurePlan.id })
    .from(futurePlan)
    .where(and(eq(futurePlan.tenantId, tenantId), eq(futurePlan.householdId, householdId)));
  const ids = plans.map((p) => p.id);
  if (ids.length === 0) return { future_plan: 0, future_plan_topic: 0 };
  const topics = await tx
    .delete(futurePlanTopic)
    .where(and(eq(futurePlanTopic.tenantId, tenantId), inArray(futurePlanTopic.planId, ids)))
    .returning({ id: futurePlanTopic.planId });
  await tx.delete(futurePlan).where(and(eq(futurePlan.tenantId, tenantId), inArray(futurePlan.id, ids)));
  return { future_plan: ids.length, future_plan_topic: topics.length };
}

/** Erasure of one person: their own toekomstplan goes with its topics. */
export async function erasePersonData(tx: Executor, tenantId: string, householdId: string, personId: string) {
  const plans = await tx
    .select({ id: futurePlan.id })
    .from(futurePlan)
    .where(
      and(
        eq(futurePlan.tenantId, tenantId),
        eq(futurePlan.householdId, householdId),
        eq(futurePlan.personId, personId),
      ),
    );
  const ids = plans.map((p) => p.id);
  if (ids.length === 0) return { future_plan: 0 };
  await tx
    .delete(futurePlanTopic)
    .where(and(eq(futurePlanTopic.tenantId, tenantId), inArray(futurePlanTopic.planId, ids)));
  await tx.delete(futurePlan).where(and(eq(futurePlan.tenantId, tenantId), inArray(futurePlan.id, ids)));
  return { future_plan: ids.length };
}
