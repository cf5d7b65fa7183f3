import type { FamilyPlan } from '@een-plan/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { professionalNamesIn } from '../auth/fragments.ts';
import type { Db, Executor } from '../db/database.ts';
import { preparedOnce } from '../db/prepared.ts';
import { reopenHousehold } from '../households/status.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { organisationNamesIn } from '../tenancy/fragments.ts';
import { auditSuccess, auditSuccesses, authorizePlan } from './access.ts';
import { agreementColumns, agreementStatusOfSaved } from './agreement.ts';
import { contentColumns, contentOf, loadContent, withStoredSafety, writeVersion } from './content.ts';
import { checkVersion, currentPlan, requirePlan } from './current-plan.ts';
import { insertNewPlan } from './handover.ts';
import { aroundColumns, aroundOf } from './plan-around.ts';
import { planAnswer } from './read.ts';
import { ownerRefs, type ParsedContent, resolveContent } from './resolve-content.ts';
import { plan } from './schema.ts';

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

// What a save reads once the plan is locked: its content, the names of the owners the new content
// refers to (professionals, providers: their modules' fragments), and what its answer shows beside
// it (agreements with the snapshots they were given to, proposals, comments, evaluations, the
// coordinator's name), none of which the save changes. One prepared statement, one round trip.
const saveReadStatement = (db: Executor) =>
  db
    .select({
      ...contentColumns,
      users: professionalNamesIn(plan.tenantId, sql`${sql.placeholder('userRefs')}::text[]`),
      orgs: organisationNamesIn(plan.tenantId, sql`${sql.placeholder('orgRefs')}::text[]`),
      ...agreementColumns,
      ...aroundColumns(sql.placeholder('coordinatorId')),
    })
    .from(plan)
    .where(and(eq(plan.tenantId, sql.placeholder('tenantId')), eq(plan.id, sql.placeholder('planId'))))
    .limit(1)
    .prepare('plan_save_read');

/**
 * Saves new content as a new version and answers with the plan as the saver now sees it: built in
 * the same transaction from what the save read and wrote, not read again, and its read audited with
 * the update in one statement, durable when the transaction commits.
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
    const [read] = await preparedOnce(tx, 'plan_save_read', saveReadStatement).execute({
      tenantId: actor.tenantId,
      planId: p.id,
      coordinatorId: access.h.coordinatorId,
      ...ownerRefs(input),
    });
    // The plan row is locked: it is there.
    if (!read) throw new ProblemError('plan_not_found');
    const existing = contentOf(p, read);
    const content = await resolveContent(tx, access.h, existing, input, read);
    const updated = await writeVersion(tx, actor, p, content, 'edited', existing);
    const status = agreementStatusOfSaved(access.h, updated, read, withStoredSafety(content, existing));
    const view = await planAnswer(tx, actor, access, updated, content, status, aroundOf(read));
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
