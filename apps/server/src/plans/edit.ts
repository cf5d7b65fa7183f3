import type { FamilyPlan, PlanSnapshot } from '@een-plan/contracts';
import { sql } from 'drizzle-orm';
import { auditAppendPart } from '../audit/record.ts';
import { professionalNamesIn } from '../auth/fragments.ts';
import type { Db, Executor } from '../db/database.ts';
import { preparedOnce, preparedSql, writtenLimit } from '../db/prepared.ts';
import {
  householdKeys,
  householdMembersColumns,
  oneHousehold,
  selectFromHousehold,
} from '../households/membership.ts';
import { reopenHousehold } from '../households/status.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { organisationNamesIn } from '../tenancy/fragments.ts';
import {
  auditSuccess,
  authorizePlan,
  authorizePlanOf,
  householdFactsOf,
  planSuccessEvents,
} from './access.ts';
import { agreementColumns, agreementStatusOfSaved } from './agreement.ts';
import {
  contentColumns,
  contentIdsOf,
  contentOf,
  loadContent,
  nextVersion,
  versionSaveStatement,
  versionValues,
  withStoredSafety,
  writeVersion,
} from './content.ts';
import { checkVersion, currentPlan, isCurrentPlanOf, requirePlan } from './current-plan.ts';
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

// What a save reads, in one statement: the household's facts and current members (the policy
// decides on them), its current plan with the row's `xmin` (the save's write is guarded by it), the
// plan's content, the names of the owners the new content refers to (professionals, providers:
// their modules' fragments), and what its answer shows beside it (agreements with the snapshots they
// were given to, proposals, comments, evaluations, the coordinator's name). One prepared statement,
// one round trip, no lock (decision 0053).
const saveReadStatement = (db: Executor) =>
  selectFromHousehold(db, {
    ...householdMembersColumns,
    plan,
    rowVersion: sql<string | null>`"plan"."xmin"::text`,
    ...contentColumns,
    users: professionalNamesIn(householdKeys.tenantId, sql`${sql.placeholder('userRefs')}::text[]`),
    orgs: organisationNamesIn(householdKeys.tenantId, sql`${sql.placeholder('orgRefs')}::text[]`),
    ...agreementColumns,
    ...aroundColumns(householdKeys.coordinatorId),
  })
    .leftJoin(plan, isCurrentPlanOf(householdKeys.tenantId, householdKeys.id))
    .where(oneHousehold())
    .limit(writtenLimit(1))
    .prepare('plan_save_read_unlocked');

/** A save's read and write again when the plan row changed between them (its state, an agreement). */
const SAVE_ATTEMPTS = 3;

/**
 * Saves new content as a new version and answers with the plan as the saver now sees it: built from
 * what the save read and wrote, not read again. Two statements, no transaction (decision 0053): the
 * read (household, plan, content, names, what the answer shows), then the write of the version with
 * its audit events (the update and the answer's read), guarded by the plan row as read and committed
 * on its own, so the answer leaves only once its audit rows are durable. A plan row that changed in
 * between (another save: the version; an agreement, a transition: its `xmin`) leaves the write
 * without effect; the save reads again and decides again — a stale version is 409 as before.
 */
export async function updatePlanContent(
  db: Db,
  actor: Actor,
  householdId: string,
  input: ParsedContent,
  ctx: RequestOrigin,
): Promise<FamilyPlan> {
  for (let attempt = 1; ; attempt++) {
    const saved = await saveOnce(db, actor, householdId, input, ctx);
    if (saved.view) return saved.view;
    if (attempt === SAVE_ATTEMPTS) {
      throw new ProblemError('version_conflict', undefined, undefined, saved.version);
    }
  }
}

async function saveOnce(
  db: Db,
  actor: Actor,
  householdId: string,
  input: ParsedContent,
  ctx: RequestOrigin,
): Promise<{ view: FamilyPlan; version?: never } | { view?: never; version: number }> {
  const { h, basis, read } = await authorizePlanOf(
    db,
    actor,
    householdId,
    'plan.edit',
    ctx,
    { action: 'plan.update' },
    async () => {
      const [row] = await preparedOnce(db, 'plan_save_read_unlocked', saveReadStatement).execute({
        tenantId: actor.tenantId,
        householdId,
        ...ownerRefs(input),
      });
      return row ? { h: householdFactsOf(row, row.members), read: row } : null;
    },
  );
  const p = read.plan;
  if (!p || read.rowVersion === null) throw new ProblemError('plan_not_found');
  if (p.state === 'closed') throw new ProblemError('plan_closed');
  checkVersion(p, input.version);
  const access = { h, basis };
  // The stored texts are decrypted only when needed: the agreement compares contents, and the
  // stored safety section is kept in the new version's snapshot.
  let stored: PlanSnapshot | undefined;
  const storedContent = () => {
    stored ??= contentOf(p, read);
    return stored;
  };
  const content = await resolveContent(db, h, contentIdsOf(read), input, read);
  // The content of a save has no safety section of its own (PlanContentInput): the stored one is
  // kept in the version's snapshot and never written here.
  const next = nextVersion(
    p,
    read.safety ? withStoredSafety(content, storedContent()) : content,
    storedContent,
  );
  const details = { planId: p.id, version: next.changed.version };
  const written = await preparedSql(db, 'plan_version_save', versionSaveStatement).execute({
    ...versionValues(actor, p, next, 'edited'),
    rowVersion: read.rowVersion,
    ...auditAppendPart.values(
      planSuccessEvents(actor, ctx, householdId, [
        { action: 'plan.update', details },
        { action: 'plan.read', details },
      ]),
    ),
  });
  if (written.length === 0) return { version: p.version };
  auditAppendPart.appended(db);
  const updated = { ...p, ...next.changed };
  const status = agreementStatusOfSaved(h, updated, read, next.content);
  return { view: await planAnswer(db, actor, access, updated, content, status, aroundOf(read)) };
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
