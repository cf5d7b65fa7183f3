/**
 * Outcome criterion 3.2 (NJi "Outcome in zicht"): 6 and 12 months after a plan closed, did the
 * household need help again — a new signal, plan or assignment? The closure scheduled the checks
 * (plan_follow_up, kind recurrence_check); this records each due check's outcome once.
 * Idempotent: the follow-up goes from scheduled to done in the same transaction as the outcome row,
 * and the row's key is the follow-up, so a second run (or a retried job) records nothing twice.
 */
import { householdsWithAssignmentBetween } from '../assignments/outcome-facts.ts';
import type { Db } from '../db/database.ts';
import { completeFollowUp, dueRecurrenceChecks, householdsWithPlanBetween } from '../plans/outcome-facts.ts';
import { householdsWithSignalBetween } from '../referrals/outcome-facts.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { recurrenceOutcome } from './schema.ts';

const BATCH = 500;

export async function checkRecurrence(db: Db, tenantId: string, now = new Date()) {
  const today = amsterdamDate(now);
  let recorded = 0;
  let returned = 0;
  for (;;) {
    const due = await dueRecurrenceChecks(db, tenantId, today, BATCH);
    for (const check of due) {
      const households = [check.householdId];
      const found = await Promise.all([
        householdsWithSignalBetween(db, tenantId, households, check.closedAt, check.dueOn),
        householdsWithPlanBetween(db, tenantId, households, check.closedAt, check.dueOn),
        householdsWithAssignmentBetween(db, tenantId, households, check.closedAt, check.dueOn),
      ]);
      const back = found.some((set) => set.has(check.householdId));
      const done = await db.transaction(async (tx) => {
        if (!(await completeFollowUp(tx, tenantId, check.id, now))) return false;
        await tx
          .insert(recurrenceOutcome)
          .values({
            tenantId,
            followUpId: check.id,
            areaId: check.areaId,
            level: check.level,
            closedMonth: amsterdamDate(check.closedAt).slice(0, 7),
            offsetMonths: check.offsetMonths,
            returned: back,
            checkedAt: now,
          })
          .onConflictDoNothing();
        return true;
      });
      if (done) {
        recorded += 1;
        if (back) returned += 1;
      }
    }
    if (due.length < BATCH) break;
  }
  return { recorded, returned };
}
