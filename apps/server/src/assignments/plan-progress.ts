import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { recordActionProgress } from '../plans/action-progress.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { assignment } from './schema.ts';

/**
 * After an accepted start (JW305) or stop (JW307): the plan action the assignment came from moves
 * to "in progress" or "done". A stop marks the action done only when no other assignment of that
 * action is still waiting or running (a follow-up assignment keeps it in progress).
 */
export async function progressPlanAction(
  tx: Executor,
  actor: Actor,
  a: { id: string; planActionId: string | null },
  event: 'started' | 'stopped',
  ctx: Partial<RequestOrigin> = {},
): Promise<void> {
  if (!a.planActionId) return;
  if (event === 'started') {
    await recordActionProgress(tx, actor, a.planActionId, 'in_progress', ctx);
    return;
  }
  const [other] = await tx
    .select({ id: assignment.id })
    .from(assignment)
    .where(
      and(
        eq(assignment.tenantId, actor.tenantId),
        eq(assignment.planActionId, a.planActionId),
        ne(assignment.id, a.id),
        inArray(assignment.status, ['awaiting_approval', 'assigned', 'started']),
      ),
    )
    .limit(1);
  await recordActionProgress(tx, actor, a.planActionId, other ? 'in_progress' : 'done', ctx);
}
