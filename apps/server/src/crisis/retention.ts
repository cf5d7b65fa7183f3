/** Destruction of a household's crisis episodes (retention and erasure). */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { crisisEpisode } from './schema.ts';

export async function destroyHouseholdData(tx: Executor, tenantId: string, householdId: string) {
  const gone = await tx
    .delete(crisisEpisode)
    .where(and(eq(crisisEpisode.tenantId, tenantId), eq(crisisEpisode.householdId, householdId)))
    .returning({ id: crisisEpisode.id });
  return { crisis_episode: gone.length };
}
