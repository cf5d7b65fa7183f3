import type { PlacementSettings } from '@een-plan/contracts';
import type { Db, Executor } from '../db/database.ts';
import { saveTenantSetting, tenantSettingRow } from '../db/tenant-setting.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { placementSetting } from './schema.ts';

/** A reservation holds a place for two days unless the tenant chose otherwise. */
const DEFAULT_RESERVATION_HOURS = 48;

export async function placementSettings(db: Executor, tenantId: string): Promise<PlacementSettings> {
  const row = await tenantSettingRow(db, placementSetting, tenantId);
  return { reservationHours: row?.reservationHours ?? DEFAULT_RESERVATION_HOURS };
}

export async function savePlacementSettings(
  db: Db,
  actor: Actor,
  input: PlacementSettings,
  ctx: RequestOrigin,
): Promise<PlacementSettings> {
  await saveTenantSetting(
    db,
    placementSetting,
    { actor, origin: ctx, action: 'placement_settings.update', dataCategory: 'contract' },
    input,
  );
  return placementSettings(db, actor.tenantId);
}
