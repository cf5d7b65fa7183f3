/**
 * Facts the task rules ask of crisis episodes: an exit plan or a handover due by `until` and not
 * yet done, with the crisis worker who must act (episodes nobody took up yet have no one to ask).
 */
import { and, eq, isNotNull, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { crisisEpisode } from './schema.ts';

/** Each deadline: the date it falls on, and what still holds while it is not met. */
const DEADLINES = {
  exitPlan: { due: crisisEpisode.exitPlanDueDate, open: () => isNull(crisisEpisode.exitPlanAt) },
  handover: {
    due: crisisEpisode.bridgingEnd,
    open: () => or(isNull(crisisEpisode.crisisConfirmedAt), isNull(crisisEpisode.receiverConfirmedAt)) as SQL,
  },
};

async function deadlinesDue(
  db: Executor,
  kind: keyof typeof DEADLINES,
  tenantId: string,
  until: string,
  householdId?: string,
) {
  const { due, open } = DEADLINES[kind];
  return db
    .select({
      id: crisisEpisode.id,
      householdId: crisisEpisode.householdId,
      crisisWorkerId: crisisEpisode.crisisWorkerId,
      dueDate: due,
    })
    .from(crisisEpisode)
    .where(
      and(
        eq(crisisEpisode.tenantId, tenantId),
        isNotNull(crisisEpisode.crisisWorkerId),
        open(),
        lte(due, until),
        householdId ? eq(crisisEpisode.householdId, householdId) : undefined,
      ),
    )
    .limit(1000);
}

export const crisisExitPlansDue = (db: Executor, tenantId: string, until: string, householdId?: string) =>
  deadlinesDue(db, 'exitPlan', tenantId, until, householdId);

export const crisisHandoversDue = (db: Executor, tenantId: string, until: string, householdId?: string) =>
  deadlinesDue(db, 'handover', tenantId, until, householdId);
