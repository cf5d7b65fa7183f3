import type { PlacementSettings } from '@een-plan/contracts';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db, Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { placementSetting } from './schema.ts';

/** A reservation holds a place for two days unless the tenant chose otherwise. */
export const DEFAULT_RESERVATION_HOURS = 48;

export async function placementSettings(db: Executor, tenantId: string): Promise<PlacementSettings> {
  const [row] = await db
    .select()
    .from(placementSetting)
    .where(eq(placementSetting.tenantId, tenantId))
    .limit(1);
  return { reservationHours: row?.reservationHours ?? DEFAULT_RESERVATION_HOURS };
}

export async function savePlacementSettings(
  db: Db,
  actor: Actor,
  input: PlacementSettings,
  ctx: RequestOrigin,
): Promise<PlacementSettings> {
  await db.transaction(async (tx) => {
    await tx
      .insert(placementSetting)
      .values({ tenantId: actor.tenantId, ...input })
      .onConflictDoUpdate({ target: placementSetting.tenantId, set: input });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: 'placement_settings.update',
      outcome: 'success',
      subjectType: 'tenant',
      subjectId: actor.tenantId,
      dataCategory: 'contract',
      purpose: 'administration',
      ...ctx,
      details: { ...input },
    });
  });
  return placementSettings(db, actor.tenantId);
}
