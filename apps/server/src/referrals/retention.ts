/** Destruction of the signals (referrals) linked to a household (retention and erasure). */
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { referral, referralReminder } from './schema.ts';

export async function destroyHouseholdData(tx: Executor, tenantId: string, householdId: string) {
  const rows = await tx
    .select({ id: referral.id })
    .from(referral)
    .where(and(eq(referral.tenantId, tenantId), eq(referral.householdId, householdId)));
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return { referral: 0, referral_reminder: 0 };
  const reminders = await tx
    .delete(referralReminder)
    .where(and(eq(referralReminder.tenantId, tenantId), inArray(referralReminder.referralId, ids)))
    .returning({ id: referralReminder.referralId });
  await tx.delete(referral).where(and(eq(referral.tenantId, tenantId), inArray(referral.id, ids)));
  return { referral: ids.length, referral_reminder: reminders.length };
}
