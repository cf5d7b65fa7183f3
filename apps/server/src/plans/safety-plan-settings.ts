import type { SafetyPlanSettings } from '@een-plan/contracts';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import type { RequestContext } from '../policy/request-context.ts';
import { scaleThreshold } from './safety-plan-records.ts';
import { planSafetySetting } from './schema.ts';

export async function safetyPlanSettings(db: Db, tenantId: string): Promise<SafetyPlanSettings> {
  return { scaleThreshold: await scaleThreshold(db, tenantId) };
}

/** The tenant's threshold on the safety scale: a score at or below it raises a task. */
export async function saveSafetyPlanSettings(db: Db, ctx: RequestContext, input: SafetyPlanSettings) {
  await db.transaction(async (tx) => {
    await tx
      .insert(planSafetySetting)
      .values({ tenantId: ctx.tenantId, ...input })
      .onConflictDoUpdate({ target: planSafetySetting.tenantId, set: input });
    await recordAudit(tx, {
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      action: 'safety_plan_settings.update',
      outcome: 'success',
      subjectType: 'tenant',
      subjectId: ctx.tenantId,
      dataCategory: 'configuration',
      purpose: 'administration',
      requestId: ctx.requestId,
      clientAddress: ctx.clientAddress,
      details: { ...input },
    });
  });
  return safetyPlanSettings(db, ctx.tenantId);
}
