import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import { recordAuditMany } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { referral, referralReminder } from './schema.ts';
import { loadReferralNorms, normDays } from './settings.ts';
import { addWorkingDays, amsterdamDate } from './working-days.ts';

export const REFERRAL_REMINDER_QUEUE = 'referral-norm-reminders';

/** Registers the reminder queue: every 30 minutes on working hours, and on demand. */
export async function registerReferralJobs(
  boss: PgBoss,
  db: Db,
  /** Called after each run, to turn reminders into tasks (the tasks module's reconcile, wired in jobs/). */
  afterRun?: () => Promise<void>,
): Promise<void> {
  await boss.createQueue(REFERRAL_REMINDER_QUEUE);
  await boss.schedule(REFERRAL_REMINDER_QUEUE, '*/30 7-18 * * 1-5', {}, { tz: 'Europe/Amsterdam' });
  await boss.work(REFERRAL_REMINDER_QUEUE, async () => {
    await runNormReminders(db);
    await afterRun?.();
  });
}

const BATCH = 500;

/**
 * Reminds the team when a signal's first-contact norm is about to be exceeded: from `reminderLeadDays`
 * working days before the due date, once per signal. Returns how many reminders were created.
 */
async function runNormReminders(db: Db, now = new Date()): Promise<number> {
  const today = amsterdamDate(now);
  const candidates = await db
    .select({
      tenantId: referral.tenantId,
      id: referral.id,
      teamId: referral.teamId,
      urgency: referral.urgency,
      receivedAt: referral.receivedAt,
    })
    .from(referral)
    .where(
      and(
        isNull(referral.firstContactAt),
        isNull(referral.reminderSentAt),
        inArray(referral.status, ['received', 'picked_up', 'coordinator_assigned']),
      ),
    )
    .orderBy(asc(referral.receivedAt))
    .limit(BATCH);
  const normsByTenant = new Map<string, Awaited<ReturnType<typeof loadReferralNorms>>>();
  let created = 0;
  for (const c of candidates) {
    let norms = normsByTenant.get(c.tenantId);
    if (!norms) {
      norms = await loadReferralNorms(db, c.tenantId);
      normsByTenant.set(c.tenantId, norms);
    }
    const received = amsterdamDate(c.receivedAt);
    const norm = normDays(norms, c.urgency);
    const dueDate = addWorkingDays(received, norm);
    const remindFrom = addWorkingDays(received, Math.max(0, norm - norms.reminderLeadDays));
    if (today < remindFrom) continue;
    await db.transaction(async (tx) => {
      const inserted = await tx
        .insert(referralReminder)
        .values({
          tenantId: c.tenantId,
          referralId: c.id,
          kind: 'first_contact_due',
          teamId: c.teamId,
          dueDate,
        })
        .onConflictDoNothing()
        .returning({ id: referralReminder.referralId });
      await tx
        .update(referral)
        .set({ reminderSentAt: now })
        .where(and(eq(referral.tenantId, c.tenantId), eq(referral.id, c.id), sql`reminder_sent_at is null`));
      if (inserted.length === 0) return;
      created++;
      await recordAuditMany(tx, [
        {
          tenantId: c.tenantId,
          actor: null,
          action: 'referral.reminder',
          outcome: 'success',
          subjectType: 'referral',
          subjectId: c.id,
          dataCategory: 'referral.waiting_time',
          purpose: 'waiting_time_norm',
          details: { teamId: c.teamId, dueDate, overdue: today > dueDate },
        },
      ]);
    });
  }
  return created;
}
