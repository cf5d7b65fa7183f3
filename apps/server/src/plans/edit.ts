import type { FamilyPlan } from '@een-plan/contracts';
import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { reopenHousehold } from '../households/status.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { auditSuccess, auditSuccesses, authorizePlan } from './access.ts';
import { loadContent, writeVersion } from './content.ts';
import { checkVersion, currentPlan, requirePlan } from './current-plan.ts';
import { insertNewPlan } from './handover.ts';
import { planView } from './read.ts';
import { type ParsedContent, resolveContent } from './resolve-content.ts';

/** Creates a concept plan for a household that has none (or whose last plan is closed). */
export async function createPlan(
  db: Db,
  actor: Actor,
  householdId: string,
  vision: string,
  ctx: RequestOrigin,
) {
  return db.transaction(async (tx) => {
    await authorizePlan(tx, actor, householdId, 'plan.edit', ctx, { action: 'plan.create' });
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(${`plan:${actor.tenantId}:${householdId}`}, 0))`,
    );
    const existing = await currentPlan(tx, actor.tenantId, householdId);
    if (existing && existing.state !== 'closed') throw new ProblemError('plan_exists');
    const id = await insertNewPlan(tx, actor, householdId, vision);
    // A new plan after a closed one: the household's support starts again.
    if (existing) await reopenHousehold(tx, actor, householdId, ctx);
    await auditSuccess(tx, actor, ctx, householdId, 'plan.create', { planId: id, version: 1 });
    return id;
  });
}

/**
 * Saves new content as a new version and answers with the plan as the saver now sees it: built in
 * the same transaction from the rows just written, not read again, and its read audited with the
 * update in one statement, durable when the transaction commits.
 */
export async function updatePlanContent(
  db: Db,
  actor: Actor,
  householdId: string,
  input: ParsedContent,
  ctx: RequestOrigin,
): Promise<FamilyPlan> {
  return db.transaction(async (tx) => {
    const access = await authorizePlan(tx, actor, householdId, 'plan.edit', ctx, { action: 'plan.update' });
    const p = await requirePlan(tx, actor.tenantId, householdId, true);
    if (p.state === 'closed') throw new ProblemError('plan_closed');
    checkVersion(p, input.version);
    const existing = await loadContent(tx, actor.tenantId, p);
    const content = await resolveContent(tx, actor.tenantId, access.h, existing, input);
    const updated = await writeVersion(tx, actor, p, content, 'edited', existing);
    const view = await planView(tx, actor, access, updated, content);
    const details = { planId: p.id, version: updated.version };
    await auditSuccesses(tx, actor, ctx, householdId, [
      { action: 'plan.update', details },
      { action: 'plan.read', details },
    ]);
    return view;
  });
}

export async function setActionStatus(
  db: Db,
  actor: Actor,
  householdId: string,
  actionId: string,
  input: { version: number; status: 'open' | 'in_progress' | 'done' | 'cancelled' },
  ctx: RequestOrigin,
) {
  await db.transaction(async (tx) => {
    const { h, basis } = await authorizePlan(tx, actor, householdId, 'plan.action_status', ctx, {
      action: 'plan.action_status',
    });
    const p = await requirePlan(tx, actor.tenantId, householdId, true);
    if (p.state === 'closed') throw new ProblemError('plan_closed');
    checkVersion(p, input.version);
    const content = await loadContent(tx, actor.tenantId, p);
    const action = content.goals.flatMap((g) => g.actions).find((a) => a.id === actionId);
    if (!action) throw new ProblemError('not_found');
    if (basis === 'own_household') {
      const own = action.owner.kind === 'household_member' && action.owner.ref === actor.personId;
      if (!own) throw new ProblemError('plan_action_not_own');
      if (input.status === 'cancelled') throw new ProblemError('plan_action_not_own');
    }
    for (const g of content.goals) for (const a of g.actions) if (a.id === actionId) a.status = input.status;
    const updated = await writeVersion(tx, actor, p, content, 'action_status');
    void h;
    await auditSuccess(tx, actor, ctx, householdId, 'plan.action_status', {
      planId: p.id,
      actionId,
      status: input.status,
      version: updated.version,
    });
  });
}
