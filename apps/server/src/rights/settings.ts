import type { RightsContact, RightsSettings } from '@een-plan/contracts';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db, Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { rightsSetting } from './schema.ts';

const NO_CONTACT: RightsContact = { name: '', phone: '', email: '', website: '' };

/** The defaults the law sets (Awb 4:13: 8 weeks; Wmo 2015: 6 + 2 weeks; Awb 9:11: 6 weeks). */
export const DEFAULT_RIGHTS_SETTINGS: RightsSettings = {
  requestDecisionWeeks: 8,
  wmoInvestigationWeeks: 6,
  wmoDecisionWeeks: 2,
  complaintHandlingWeeks: 6,
  vertrouwenspersoon: NO_CONTACT,
  clientSupport: NO_CONTACT,
  letterAddress: '',
  letterSignatory: '',
};

export async function rightsSettings(db: Executor, tenantId: string): Promise<RightsSettings> {
  const [row] = await db.select().from(rightsSetting).where(eq(rightsSetting.tenantId, tenantId)).limit(1);
  if (!row) return DEFAULT_RIGHTS_SETTINGS;
  return {
    requestDecisionWeeks: row.requestDecisionWeeks,
    wmoInvestigationWeeks: row.wmoInvestigationWeeks,
    wmoDecisionWeeks: row.wmoDecisionWeeks,
    complaintHandlingWeeks: row.complaintHandlingWeeks,
    vertrouwenspersoon: row.vertrouwenspersoon ?? NO_CONTACT,
    clientSupport: row.clientSupport ?? NO_CONTACT,
    letterAddress: row.letterAddress,
    letterSignatory: row.letterSignatory,
  };
}

/** The administrator sets the terms and the independent contacts; new cases use the new terms. */
export async function saveRightsSettings(
  db: Db,
  actor: Actor,
  input: RightsSettings,
  ctx: RequestOrigin,
): Promise<RightsSettings> {
  await db.transaction(async (tx) => {
    await tx
      .insert(rightsSetting)
      .values({ tenantId: actor.tenantId, ...input })
      .onConflictDoUpdate({ target: rightsSetting.tenantId, set: input });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: 'rights_settings.save',
      outcome: 'success',
      subjectType: 'tenant',
      subjectId: actor.tenantId,
      dataCategory: 'rights_settings',
      purpose: 'administration',
      ...ctx,
      details: {
        requestDecisionWeeks: input.requestDecisionWeeks,
        wmoInvestigationWeeks: input.wmoInvestigationWeeks,
        wmoDecisionWeeks: input.wmoDecisionWeeks,
        complaintHandlingWeeks: input.complaintHandlingWeeks,
      },
    });
  });
  return rightsSettings(db, actor.tenantId);
}
