import type { SafetyPlanSettings } from '@een-plan/contracts';
import type { Db } from '../db/database.ts';
import { saveTenantSetting } from '../db/tenant-setting.ts';
import type { RequestContext } from '../policy/request-context.ts';
import { scaleThreshold } from './safety-plan-records.ts';
import { planSafetySetting } from './schema.ts';

export async function safetyPlanSettings(db: Db, tenantId: string): Promise<SafetyPlanSettings> {
  return { scaleThreshold: await scaleThreshold(db, tenantId) };
}

/** The tenant's threshold on the safety scale: a score at or below it raises a task. */
export async function saveSafetyPlanSettings(db: Db, ctx: RequestContext, input: SafetyPlanSettings) {
  await saveTenantSetting(
    db,
    planSafetySetting,
    { actor: ctx.actor, origin: ctx, action: 'safety_plan_settings.update', dataCategory: 'configuration' },
    input,
  );
  return safetyPlanSettings(db, ctx.tenantId);
}
