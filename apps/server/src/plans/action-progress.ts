import { and, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { loadContent, writeVersion } from './content.ts';
import { plan, planAction } from './schema.ts';

/**
 * A provider's start (JW305) or stop (JW307) moves the plan action its assignment came from:
 * started → in progress, stopped → done. A start reopens an action marked done (new help began on
 * it); an action dropped (cancelled) stays so, and a closed plan is not changed. Writes a new plan version like any
 * status change, in the caller's transaction; returns the new status, or null when nothing changed.
 */
export async function recordActionProgress(
  tx: Executor,
  actor: Actor,
  actionId: string,
  progress: 'in_progress' | 'done',
  ctx: Partial<RequestOrigin> = {},
): Promise<'in_progress' | 'done' | null> {
  const [row] = await tx
    .select({ planId: planAction.planId, status: planAction.status })
    .from(planAction)
    .where(and(eq(planAction.tenantId, actor.tenantId), eq(planAction.id, actionId)))
    .limit(1);
  if (!row) return null;
  const allowedFrom = progress === 'in_progress' ? ['open', 'done'] : ['open', 'in_progress'];
  if (!allowedFrom.includes(row.status)) return null;
  const [p] = await tx
    .select()
    .from(plan)
    .where(and(eq(plan.tenantId, actor.tenantId), eq(plan.id, row.planId)))
    .orderBy(desc(plan.createdAt))
    .for('update')
    .limit(1);
  if (!p || p.state === 'closed') return null;
  const content = await loadContent(tx, actor.tenantId, p);
  for (const g of content.goals) for (const a of g.actions) if (a.id === actionId) a.status = progress;
  const updated = await writeVersion(tx, actor, p, content, 'action_status');
  await recordAudit(tx, {
    tenantId: actor.tenantId,
    actor,
    action: 'plan.action_progress',
    outcome: 'success',
    subjectType: 'household',
    subjectId: p.householdId,
    dataCategory: 'plan',
    purpose: 'youth_care_delivery',
    ...ctx,
    details: { planId: p.id, actionId, status: progress, version: updated.version },
  });
  return progress;
}
