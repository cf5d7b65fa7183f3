import { eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { referralSettings } from './schema.ts';

export interface ReferralNorms {
  fallbackTeamId: string | null;
  firstContactNormDays: number;
  urgentFirstContactNormDays: number;
  reminderLeadDays: number;
  version: number;
}

/** Defaults from the issue: first contact within 5 working days, urgent within 1. */
export const DEFAULT_NORMS: Omit<ReferralNorms, 'fallbackTeamId' | 'version'> = {
  firstContactNormDays: 5,
  urgentFirstContactNormDays: 1,
  reminderLeadDays: 1,
};

export async function loadReferralNorms(db: Executor, tenantId: string): Promise<ReferralNorms> {
  const [row] = await db
    .select()
    .from(referralSettings)
    .where(eq(referralSettings.tenantId, tenantId))
    .limit(1);
  if (!row) return { ...DEFAULT_NORMS, fallbackTeamId: null, version: 0 };
  return {
    fallbackTeamId: row.fallbackTeamId,
    firstContactNormDays: row.firstContactNormDays,
    urgentFirstContactNormDays: row.urgentFirstContactNormDays,
    reminderLeadDays: row.reminderLeadDays,
    version: row.version,
  };
}

export function normDays(norms: ReferralNorms, urgency: string): number {
  return urgency === 'urgent' ? norms.urgentFirstContactNormDays : norms.firstContactNormDays;
}

/** Stores the tenant's norms as one new version (the caller checked the version it read). */
export async function saveReferralNorms(
  db: Executor,
  tenantId: string,
  norms: ReferralNorms & { fallbackTeamId: string },
): Promise<void> {
  const { fallbackTeamId, firstContactNormDays, urgentFirstContactNormDays, reminderLeadDays, version } =
    norms;
  const values = {
    fallbackTeamId,
    firstContactNormDays,
    urgentFirstContactNormDays,
    reminderLeadDays,
    version,
  };
  await db
    .insert(referralSettings)
    .values({ tenantId, ...values })
    .onConflictDoUpdate({ target: [referralSettings.tenantId], set: values });
}
