import { CRISIS_DEFAULT_MAX_BRIDGING_DAYS, type CrisisSettings } from '@een-plan/contracts';
import type { Db, Executor } from '../db/database.ts';
import { saveTenantSetting, tenantSettingRow } from '../db/tenant-setting.ts';
import type { RequestContext } from '../policy/request-context.ts';
import { crisisSetting } from './schema.ts';

/** The tenant's crisis settings; a tenant that never set them gets the default 28 days. */
export async function crisisSettings(db: Executor, tenantId: string): Promise<CrisisSettings> {
  const row = await tenantSettingRow(db, crisisSetting, tenantId);
  return { maxBridgingDays: row?.maxBridgingDays ?? CRISIS_DEFAULT_MAX_BRIDGING_DAYS };
}

export async function saveCrisisSettings(db: Db, ctx: RequestContext, input: CrisisSettings) {
  await saveTenantSetting(
    db,
    crisisSetting,
    { actor: ctx.actor, origin: ctx, action: 'crisis_settings.update', dataCategory: 'configuration' },
    input,
  );
  return crisisSettings(db, ctx.tenantId);
}
