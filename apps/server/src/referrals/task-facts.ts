/**
 * Facts the task rules ask of signals: which signals are at or past the point where the team is
 * reminded of the first-contact norm (the same moment the reminder job uses), and still without contact.
 */
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { referral } from './schema.ts';
import { loadReferralNorms, normDays } from './settings.ts';
import { addWorkingDays, amsterdamDate } from './working-days.ts';

export async function signalsNearFirstContactNorm(db: Executor, tenantId: string, today: string) {
  const rows = await db
    .select({
      id: referral.id,
      teamId: referral.teamId,
      coordinatorId: referral.coordinatorId,
      householdId: referral.householdId,
      urgency: referral.urgency,
      receivedAt: referral.receivedAt,
    })
    .from(referral)
    .where(
      and(
        eq(referral.tenantId, tenantId),
        isNull(referral.firstContactAt),
        inArray(referral.status, ['received', 'picked_up', 'coordinator_assigned']),
      ),
    );
  if (rows.length === 0) return [];
  const norms = await loadReferralNorms(db, tenantId);
  return rows.flatMap((r) => {
    const received = amsterdamDate(r.receivedAt);
    const norm = normDays(norms, r.urgency);
    const dueDate = addWorkingDays(received, norm);
    const remindFrom = addWorkingDays(received, Math.max(0, norm - norms.reminderLeadDays));
    if (today < remindFrom) return [];
    return [
      { id: r.id, teamId: r.teamId, coordinatorId: r.coordinatorId, householdId: r.householdId, dueDate },
    ];
  });
}
