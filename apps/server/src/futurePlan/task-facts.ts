/**
 * Facts the task rules ask of toekomstplannen: plans whose youth has reached an alert age (17,
 * 17½) and is not 18 yet, with at least one topic neither done nor marked not needed.
 */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { findBirthDate } from '../households/membership.ts';
import { dayAtAgeMonths, eighteenthBirthdayOf } from './dates.ts';
import { futurePlan } from './schema.ts';
import { topicDefinitions } from './settings.ts';
import { SETTLED, topicRowsOf } from './view.ts';

export async function futurePlansWithTopicsOpenAt(
  db: Executor,
  tenantId: string,
  today: string,
  ageMonths: number,
  householdId?: string,
): Promise<Array<{ id: string; householdId: string; dueDate: string }>> {
  const plans = await db
    .select({ id: futurePlan.id, householdId: futurePlan.householdId, personId: futurePlan.personId })
    .from(futurePlan)
    .where(
      and(
        eq(futurePlan.tenantId, tenantId),
        householdId ? eq(futurePlan.householdId, householdId) : undefined,
      ),
    );
  if (plans.length === 0) return [];
  // A deactivated topic asks nothing of anyone any more: only the topics in use count.
  const inUse = new Set((await topicDefinitions(db, tenantId)).filter((d) => d.active).map((d) => d.key));
  const topicCount = inUse.size;
  const settled = new Map<string, number>();
  for (const t of await topicRowsOf(
    db,
    tenantId,
    plans.map((p) => p.id),
  )) {
    if (SETTLED.has(t.status) && inUse.has(t.topicKey))
      settled.set(t.planId, (settled.get(t.planId) ?? 0) + 1);
  }
  const out: Array<{ id: string; householdId: string; dueDate: string }> = [];
  for (const p of plans) {
    const birthDate = await findBirthDate(db, tenantId, p.personId);
    if (!birthDate) continue;
    const alertDay = dayAtAgeMonths(birthDate, ageMonths);
    if (alertDay > today || eighteenthBirthdayOf(birthDate) <= today) continue;
    if ((settled.get(p.id) ?? 0) >= topicCount) continue;
    out.push({ id: p.id, householdId: p.householdId, dueDate: alertDay });
  }
  return out;
}
