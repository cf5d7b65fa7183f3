/**
 * The daily start: every youth in care who has reached the tenant's start age (16½ by default) and
 * is not 18 yet gets a toekomstplan. "In care" is asked of its owners: a household with an open
 * family plan (plans) or a youth with a running assignment (assignments). Idempotent through the
 * unique (tenant, person) index: a second run, or two servers at once, add nothing.
 */
import { randomUUID } from 'node:crypto';
import { personsWithRunningAssignment } from '../assignments/in-care.ts';
import { recordAuditMany } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { currentMembers } from '../households/membership.ts';
import { householdsWithOpenPlan } from '../plans/in-care.ts';
import { dayAtAgeMonths, eighteenthBirthdayOf } from './dates.ts';
import { futurePlan } from './schema.ts';
import { startAgeMonths } from './settings.ts';

export async function startDueFuturePlans(db: Db, tenantId: string, today: string): Promise<number> {
  const months = await startAgeMonths(db, tenantId);
  const byPlan = await householdsWithOpenPlan(db, tenantId);
  const byAssignment = await personsWithRunningAssignment(db, tenantId);
  const households = new Set([...byPlan, ...byAssignment.map((a) => a.householdId)]);
  const assigned = new Set(byAssignment.map((a) => a.personId));
  const openPlan = new Set(byPlan);
  const due: Array<{ householdId: string; personId: string }> = [];
  for (const householdId of households) {
    for (const m of await currentMembers(db, tenantId, householdId)) {
      if (!openPlan.has(householdId) && !assigned.has(m.personId)) continue;
      if (dayAtAgeMonths(m.birthDate, months) > today || eighteenthBirthdayOf(m.birthDate) <= today) continue;
      due.push({ householdId, personId: m.personId });
    }
  }
  if (due.length === 0) return 0;
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(futurePlan)
      .values(due.map((d) => ({ tenantId, id: `fp-${randomUUID()}`, ...d, startedOn: today })))
      .onConflictDoNothing()
      .returning({ id: futurePlan.id, householdId: futurePlan.householdId });
    await recordAuditMany(
      tx,
      inserted.map((p) => ({
        tenantId,
        actor: null,
        action: 'future_plan.started',
        outcome: 'success' as const,
        subjectType: 'future_plan',
        subjectId: p.id,
        details: { householdId: p.householdId },
      })),
    );
    return inserted.length;
  });
}
