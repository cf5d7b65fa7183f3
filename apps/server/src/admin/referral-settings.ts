import type { ReferralSettings } from '@een-plan/contracts';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { loadReferralNorms, saveReferralNorms } from '../referrals/settings.ts';
import { requireTeamExists } from './areas.ts';

export async function getReferralSettings(db: Db, tenantId: string): Promise<ReferralSettings> {
  const norms = await loadReferralNorms(db, tenantId);
  return {
    fallbackTeamId: norms.fallbackTeamId ?? '',
    firstContactNormDays: norms.firstContactNormDays,
    urgentFirstContactNormDays: norms.urgentFirstContactNormDays,
    reminderLeadDays: norms.reminderLeadDays,
    version: norms.version,
  };
}

export async function saveReferralSettings(db: Db, actor: Actor, input: ReferralSettings, requestId: string) {
  return db.transaction(async (tx) => {
    await requireTeamExists(tx, actor.tenantId, input.fallbackTeamId);
    const current = await loadReferralNorms(tx, actor.tenantId);
    if (current.version !== input.version) {
      throw new ProblemError('version_conflict', undefined, undefined, current.version);
    }
    const values = {
      fallbackTeamId: input.fallbackTeamId,
      firstContactNormDays: input.firstContactNormDays,
      urgentFirstContactNormDays: input.urgentFirstContactNormDays,
      reminderLeadDays: input.reminderLeadDays,
      version: current.version + 1,
    };
    await saveReferralNorms(tx, actor.tenantId, values);
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: 'referral_settings.save',
      outcome: 'success',
      subjectType: 'tenant',
      subjectId: actor.tenantId,
      requestId,
    });
    return getReferralSettings(tx as unknown as Db, actor.tenantId);
  });
}
