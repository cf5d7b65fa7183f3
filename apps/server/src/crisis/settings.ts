import { CRISIS_DEFAULT_MAX_BRIDGING_DAYS, type CrisisSettings } from '@een-plan/contracts';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db, Executor } from '../db/database.ts';
import type { RequestContext } from '../policy/request-context.ts';
import { crisisSetting } from './schema.ts';

/** The tenant's crisis settings; a tenant that never set them gets the default 28 days. */
export async function crisisSettings(db: Executor, tenantId: string): Promise<CrisisSettings> {
  const [row] = await db.select().from(crisisSetting).where(eq(crisisSetting.tenantId, tenantId)).limit(1);
  return { maxBridgingDays: row?.maxBridgingDays ?? CRISIS_DEFAULT_MAX_BRIDGING_DAYS };
}

export async function saveCrisisSettings(db: Db, ctx: RequestContext, input: CrisisSettings) {
  await db.transaction(async (tx) => {
    await tx
      .insert(crisisSetting)
      .values({ tenantId: ctx.tenantId, ...input })
      .onConflictDoUpdate({ target: crisisSetting.tenantId, set: input });
    await recordAudit(tx, {
      tenantId: ctx.tenantId,
      actor: ctx.actor,
      action: 'crisis_settings.update',
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
  return crisisSettings(db, ctx.tenantId);
}
