/**
 * Facts the task rules ask of crisis episodes: an exit plan or a handover due by `until` and not
 * yet done, with the crisis worker who must act (episodes nobody took up yet have no one to ask).
 */
import { and, eq, isNotNull, isNull, lte, or } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { crisisEpisode } from './schema.ts';

export async function crisisExitPlansDue(
  db: Executor,
  tenantId: string,
  until: string,
  householdId?: string,
) {
  return db
    .select({
      id: crisisEpisode.id,
      householdId: crisisEpisode.householdId,
      crisisWorkerId: crisisEpisode.crisisWorkerId,
      dueDate: crisisEpisode.exitPlanDueDate,
    })
    .from(crisisEpisode)
    .where(
      and(
        eq(crisisEpisode.tenantId, tenantId),
        isNotNull(crisisEpisode.crisisWorkerId),
        isNull(crisisEpisode.exitPlanAt),
        lte(crisisEpisode.exitPlanDueDate, until),
        householdId ? eq(crisisEpisode.householdId, householdId) : undefined,
      ),
    )
    .limit(1000);
}

export async function crisisHandoversDue(
  db: Executor,
  tenantId: string,
  until: string,
  householdId?: string,
) {
  return db
    .select({
      id: crisisEpisode.id,
      householdId: crisisEpisode.householdId,
      crisisWorkerId: crisisEpisode.crisisWorkerId,
      dueDate: crisisEpisode.bridgingEnd,
    })
    .from(crisisEpisode)
    .where(
      and(
        eq(crisisEpisode.tenantId, tenantId),
        isNotNull(crisisEpisode.crisisWorkerId),
        lte(crisisEpisode.bridgingEnd, until),
        or(isNull(crisisEpisode.crisisConfirmedAt), isNull(crisisEpisode.receiverConfirmedAt)),
        householdId ? eq(crisisEpisode.householdId, householdId) : undefined,
      ),
    )
    .limit(1000);
}
