/**
 * Outcome criterion 3.2 (NJi "Outcome in zicht"): 6 and 12 months after a plan closed, did the
 * household need help again — a new signal, plan or assignment? The closure scheduled the checks
 * (plan_follow_up, kind recurrence_check); this records each due check's outcome once.
 * Idempotent: the follow-up goes from scheduled to done in the same transaction as the outcome row,
 * and the row's key is the follow-up, so a second run (or a retried job) records nothing twice.
 */
import { assignmentsOfHouseholdsSince } from '../assignments/outcome-facts.ts';
import type { Db } from '../db/database.ts';
import { completeFollowUps, dueRecurrenceChecks, plansOfHouseholdsSince } from '../plans/outcome-facts.ts';
import { signalsOfHouseholdsSince } from '../referrals/outcome-facts.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { recurrenceOutcome } from './schema.ts';

const BATCH = 500;

/** Records the outcome of every due check; three reads and one write per batch of checks. */
export async function checkRecurrence(db: Db, tenantId: string, now = new Date()) {
  const today = amsterdamDate(now);
  let recorded = 0;
  let returned = 0;
  for (;;) {
    const due = await dueRecurrenceChecks(db, tenantId, today, BATCH);
    if (due.length === 0) break;
    const households = [...new Set(due.map((c) => c.householdId))];
    const since = new Date(Math.min(...due.map((c) => c.closedAt.getTime())));
    const events = (
      await Promise.all([
        signalsOfHouseholdsSince(db, tenantId, households, since),
        plansOfHouseholdsSince(db, tenantId, households, since),
        assignmentsOfHouseholdsSince(db, tenantId, households, since),
      ])
    ).flat();
    const back = (c: (typeof due)[number]) =>
      events.some(
        (e) => e.householdId === c.householdId && e.at > c.closedAt && amsterdamDate(e.at) <= c.dueOn,
      );
    const counted = await db.transaction(async (tx) => {
      const done = new Set(
        await completeFollowUps(
          tx,
          tenantId,
          due.map((c) => c.id),
          now,
        ),
      );
      const rows = due
        .filter((c) => done.has(c.id))
        .map((c) => ({
          tenantId,
          followUpId: c.id,
          areaId: c.areaId,
          level: c.level,
          closedMonth: amsterdamDate(c.closedAt).slice(0, 7),
          offsetMonths: c.offsetMonths,
          returned: back(c),
          checkedAt: now,
        }));
      if (rows.length > 0) await tx.insert(recurrenceOutcome).values(rows).onConflictDoNothing();
      return rows;
    });
    recorded += counted.length;
    returned += counted.filter((r) => r.returned).length;
    if (due.length < BATCH) break;
  }
  return { recorded, returned };
}
