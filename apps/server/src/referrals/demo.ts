import type { Executor } from '../db/database.ts';
import { referralSettings } from './schema.ts';
import { DEFAULT_NORMS } from './settings.ts';

/** Demo tenant settings: addresses outside Haarlemmermeer go to the Nieuw-Vennep team, flagged. */
export async function loadReferralsDemo(db: Executor, tenantId: string): Promise<void> {
  await db
    .insert(referralSettings)
    .values({ tenantId, fallbackTeamId: 'team-nieuw-vennep', ...DEFAULT_NORMS })
    .onConflictDoNothing();
}
