import type { PlanAction, PlanGoal, PlanSnapshot } from '@een-plan/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { auditAppendPart } from '../audit/record.ts';
import { correlated } from '../db/correlated.ts';
import type { Executor } from '../db/database.ts';
import { preparedOnce, preparedSql } from '../db/prepared.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { open, seal, sealSnapshot } from './crypto.ts';
import { agreementKey } from './diff.ts';
import { openSafety, saveSafety } from './safety-content.ts';
import { plan, planAction, planGoal, planSafety, planVersion } from './schema.ts';

/**
 * A plan's content (vision, goals, actions) read from and written to its tables, each write a new
 * version with its snapshot. Used by the plan service, the closure and the assignments' progress.
 */

type PlanRow = typeof plan.$inferSelect;

interface GoalRow {
  id: string;
  domainCode: string;
  description: string;
  achievedWhen: string;
  priority: PlanGoal['priority'];
  targetDate: string | null;
  concernsPersonIds: string[];
}

interface ActionRow {
  id: string;
  goalId: string;
  description: string;
  ownerKind: PlanAction['owner']['kind'];
  ownerRef: string;
  ownerLabel: string;
  level: number;
  startDate: string | null;
  endDate: string | null;
  status: PlanAction['status'];
}

/**
 * Goals, actions and the safety section as columns of a select from `plan`: each list as JSON in
 * its order (a date column becomes the same YYYY-MM-DD text drizzle reads). `loadContent` selects
 * them alone; the plan read beside the household and what else it shows (one round trip).
 */
export const contentColumns = {
  goals: correlated(sql<GoalRow[]>`(select coalesce(json_agg(json_build_object(
        'id', g.id, 'domainCode', g.domain_code, 'description', g.description,
        'achievedWhen', g.achieved_when, 'priority', g.priority, 'targetDate', g.target_date,
        'concernsPersonIds', g.concerns_person_ids) order by g.position), '[]'::json)
        from (select * from ${planGoal} x where x.tenant_id = "plan"."tenant_id" and x.plan_id = "plan"."id"
          order by x.position limit 100) g)`),
  actions: correlated(sql<ActionRow[]>`(select coalesce(json_agg(json_build_object(
        'id', a.id, 'goalId', a.goal_id, 'description', a.description, 'ownerKind', a.owner_kind,
        'ownerRef', a.owner_ref, 'ownerLabel', a.owner_label, 'level', a.level,
        'startDate', a.start_date, 'endDate', a.end_date, 'status', a.status) order by a.position), '[]'::json)
        from (select * from ${planAction} x where x.tenant_id = "plan"."tenant_id" and x.plan_id = "plan"."id"
          order by x.position limit 2000) a)`),
  safety: correlated(sql<{ enc: string } | null>`(select x.content from ${planSafety} x
        where x.tenant_id = "plan"."tenant_id" and x.plan_id = "plan"."id")`),
};

// One prepared statement, one round trip.
const contentStatement = (db: Executor) =>
  db
    .select(contentColumns)
    .from(plan)
    .where(and(eq(plan.tenantId, sql.placeholder('tenantId')), eq(plan.id, sql.placeholder('planId'))))
    .limit(1)
    .prepare('plan_content');

export async function loadContent(
  db: Executor,
  tenantId: string,
  p: Pick<PlanRow, 'id' | 'vision'>,
): Promise<PlanSnapshot> {
  const [row] = await preparedOnce(db, 'plan_content', contentStatement).execute({ tenantId, planId: p.id });
  return contentOf(p, row);
}

/** The plan's content from the plan row and the `contentColumns` read with it (none: an empty plan). */
export function contentOf(
  p: Pick<PlanRow, 'vision'>,
  row: { goals: GoalRow[]; actions: ActionRow[]; safety: { enc: string } | null } | undefined,
): PlanSnapshot {
  const goals = row?.goals ?? [];
  const actions = row?.actions ?? [];
  const safety = row?.safety ? openSafety(row.safety) : null;
  return {
    vision: open(p.vision),
    ...(safety ? { safety } : {}),
    goals: goals.map(
      (g): PlanGoal => ({
        id: g.id,
        domainCode: g.domainCode,
        description: open(g.description),
        achievedWhen: open(g.achievedWhen),
        priority: g.priority,
        targetDate: g.targetDate,
        concernsPersonIds: g.concernsPersonIds,
        actions: actions
          .filter((a) => a.goalId === g.id)
          .map((a) => ({
            id: a.id,
            goalId: a.goalId,
            description: open(a.description),
            owner: {
              kind: a.ownerKind,
              ref: a.ownerRef,
              label: a.ownerLabel,
            },
            level: a.level,
            startDate: a.startDate,
            endDate: a.endDate,
            status: a.status,
          })),
      }),
    ),
  };
}

/** The ids of the stored goals and their actions, from the `contentColumns` read (no text opened). */
export function contentIdsOf(row: { goals: GoalRow[]; actions: ActionRow[] }) {
  return {
    goals: row.goals.map((g) => ({
      id: g.id,
      actions: row.actions.filter((a) => a.goalId === g.id).map((a) => ({ id: a.id })),
    })),
  };
}

/** The content a new version holds: without a safety section of its own it keeps the stored one. */
export function withStoredSafety(given: PlanSnapshot, stored: PlanSnapshot): PlanSnapshot {
  return given.safety || !stored.safety ? given : { ...given, safety: stored.safety };
}

/**
 * Replaces goals and actions with `content`, writes the new version's snapshot, bumps the version.
 * A content without a safety section keeps the stored one (an edit of goals does not drop it).
 * `stored`: the plan's content as loaded in this transaction, when the caller has it unchanged.
 */
export async function writeVersion(
  tx: Executor,
  actor: Actor,
  p: PlanRow,
  given: PlanSnapshot,
  summary: string,
  stored?: PlanSnapshot,
): Promise<PlanRow> {
  const t = actor.tenantId;
  const old = stored ?? (await loadContent(tx, t, p));
  // A safety section given is written; one kept from the stored content is there already.
  if (given.safety) await saveSafety(tx, t, p.id, given.safety);
  const next = nextVersion(p, withStoredSafety(given, old), () => old);
  const written = await preparedSql(tx, 'plan_version_write', versionWriteStatement).execute(
    versionValues(actor, p, next, summary),
  );
  if (written.length === 0) throw new ProblemError('version_conflict', undefined, undefined, p.version);
  // The row as the update left it: every other column is as the locked read gave it.
  return { ...p, ...next.changed };
}

/**
 * A new version of `p` with `content` (the stored safety section already kept where it has none of
 * its own): the content and the plan row's new columns. `stored` gives the plan's stored content,
 * opened only when the agreement needs it (its texts are decrypted then, not on every save).
 */
export function nextVersion(p: PlanRow, content: PlanSnapshot, stored: () => PlanSnapshot) {
  const version = p.version + 1;
  // A changed content needs agreement again: an agreed plan goes back to concept. Only an agreed
  // plan, or one agreed at its current version, needs to know (each key hashes the whole content).
  const contentChanged =
    (p.state === 'agreed' || p.agreedVersion === p.version) &&
    agreementKey(stored()) !== agreementKey(content);
  const state = p.state === 'agreed' && contentChanged ? 'concept' : p.state;
  const agreedVersion = !contentChanged && p.agreedVersion === p.version ? version : p.agreedVersion;
  const changed = { vision: seal(content.vision), version, state, agreedVersion, updatedAt: new Date() };
  return { content, changed };
}

/** The values of a version write's placeholders: the plan row's, one array per column of its rows. */
export function versionValues(
  actor: Actor,
  p: PlanRow,
  { content, changed }: ReturnType<typeof nextVersion>,
  summary: string,
): Record<string, unknown> {
  const goals = content.goals;
  const actions = goals.flatMap((g) => g.actions);
  return {
    tenantId: actor.tenantId,
    planId: p.id,
    stale: p.version,
    ...changed,
    updatedAt: changed.updatedAt.toISOString(),
    goalId: goals.map((g) => g.id),
    goalDomain: goals.map((g) => g.domainCode),
    goalDescription: goals.map((g) => seal(g.description)),
    goalAchievedWhen: goals.map((g) => seal(g.achievedWhen)),
    goalPriority: goals.map((g) => g.priority),
    goalTargetDate: goals.map((g) => g.targetDate ?? null),
    goalConcerns: goals.map((g) => JSON.stringify(g.concernsPersonIds)),
    actionId: actions.map((a) => a.id),
    actionGoal: actions.map((a) => a.goalId),
    actionDescription: actions.map((a) => seal(a.description)),
    actionOwnerKind: actions.map((a) => a.owner.kind),
    actionOwnerRef: actions.map((a) => a.owner.ref),
    actionOwnerLabel: actions.map((a) => a.owner.label),
    actionLevel: actions.map((a) => a.level),
    actionStart: actions.map((a) => a.startDate ?? null),
    actionEnd: actions.map((a) => a.endDate ?? null),
    actionStatus: actions.map((a) => a.status),
    snapshot: JSON.stringify(sealSnapshot(content)),
    createdBy: actor.userId,
    summary,
  };
}

const value = (name: string, type: string) => sql`${sql.placeholder(name)}::${sql.raw(type)}`;

/**
 * A new version in one statement: the plan row (guarded by the version locked: no version, and the
 * caller's transaction fails, when the plan is at another), the goals and actions it no longer has
 * removed, the others written (new ones inserted, kept ones updated: one set of rows each, so no
 * row is touched twice), and the version's snapshot. Each column is one array (`unnest`), so the
 * text never changes: built once, parsed once per connection.
 */
const versionWriteStatement = () => versionWriteSql(false);

/**
 * `versionWriteStatement` for a save that holds no lock and no transaction (decision 0053): the
 * plan row is updated only if it is still the row the save read (its version and its `xmin`, which
 * every update of the row changes: state, agreement, closure), every other part writes only when
 * that update did, and the audit events (placeholder `auditBatch`) are appended by the same
 * statement once the version is written. On its own (autocommit) all of it commits together or
 * nothing does; no row answers a save whose plan changed since its read, and nothing was written.
 */
export const versionSaveStatement = () => versionWriteSql(true);

function versionWriteSql(save: boolean) {
  // Each part of a save writes only when the plan row was updated (`updated` has its row).
  const ifUpdated = save ? sql` and exists (select 1 from updated)` : sql``;
  const whereUpdated = save ? sql` where exists (select 1 from updated)` : sql``;
  const version = sql`insert into ${planVersion} (tenant_id, plan_id, version, snapshot, created_by, change_summary)
  select ${value('tenantId', 'text')}, ${value('planId', 'text')}, updated.version,
    ${value('snapshot', 'jsonb')}, ${value('createdBy', 'text')}, ${value('summary', 'text')}
  from updated returning 1 as written`;
  return sql`with updated as (
    update ${plan} set vision = ${value('vision', 'text')}, version = ${value('version', 'int')},
      state = ${value('state', 'text')}, agreed_version = ${value('agreedVersion', 'int')},
      updated_at = ${value('updatedAt', 'timestamptz')}
    where tenant_id = ${value('tenantId', 'text')} and id = ${value('planId', 'text')}
      and version = ${value('stale', 'int')}${save ? sql` and xmin = ${value('rowVersion', 'xid')}` : sql``}
    returning version
  ), gone_actions as (
    delete from ${planAction} where tenant_id = ${value('tenantId', 'text')}
      and plan_id = ${value('planId', 'text')} and id <> all(${value('actionId', 'text[]')})${ifUpdated}
  ), gone_goals as (
    delete from ${planGoal} where tenant_id = ${value('tenantId', 'text')}
      and plan_id = ${value('planId', 'text')} and id <> all(${value('goalId', 'text[]')})${ifUpdated}
  ), goals as (
    insert into ${planGoal} as x (tenant_id, id, plan_id, position, domain_code, description,
      achieved_when, priority, target_date, concerns_person_ids)
    select ${value('tenantId', 'text')}, g.id, ${value('planId', 'text')}, g.n - 1, g.domain_code,
      g.description, g.achieved_when, g.priority, g.target_date, g.concerns::jsonb
    from unnest(${value('goalId', 'text[]')}, ${value('goalDomain', 'text[]')},
      ${value('goalDescription', 'text[]')}, ${value('goalAchievedWhen', 'text[]')},
      ${value('goalPriority', 'text[]')}, ${value('goalTargetDate', 'date[]')},
      ${value('goalConcerns', 'text[]')}) with ordinality
      as g(id, domain_code, description, achieved_when, priority, target_date, concerns, n)${whereUpdated}
    on conflict (tenant_id, id) do update set position = excluded.position,
      domain_code = excluded.domain_code, description = excluded.description,
      achieved_when = excluded.achieved_when, priority = excluded.priority,
      target_date = excluded.target_date, concerns_person_ids = excluded.concerns_person_ids
      where x.plan_id = excluded.plan_id
  ), actions as (
    insert into ${planAction} as x (tenant_id, id, plan_id, goal_id, position, description, owner_kind,
      owner_ref, owner_label, level, start_date, end_date, status)
    select ${value('tenantId', 'text')}, a.id, ${value('planId', 'text')}, a.goal_id, a.n - 1,
      a.description, a.owner_kind, a.owner_ref, a.owner_label, a.level, a.start_date, a.end_date, a.status
    from unnest(${value('actionId', 'text[]')}, ${value('actionGoal', 'text[]')},
      ${value('actionDescription', 'text[]')}, ${value('actionOwnerKind', 'text[]')},
      ${value('actionOwnerRef', 'text[]')}, ${value('actionOwnerLabel', 'text[]')},
      ${value('actionLevel', 'int[]')}, ${value('actionStart', 'date[]')}, ${value('actionEnd', 'date[]')},
      ${value('actionStatus', 'text[]')}) with ordinality
      as a(id, goal_id, description, owner_kind, owner_ref, owner_label, level, start_date, end_date,
        status, n)${whereUpdated}
    on conflict (tenant_id, id) do update set goal_id = excluded.goal_id, position = excluded.position,
      description = excluded.description, owner_kind = excluded.owner_kind,
      owner_ref = excluded.owner_ref, owner_label = excluded.owner_label, level = excluded.level,
      start_date = excluded.start_date, end_date = excluded.end_date, status = excluded.status
      where x.plan_id = excluded.plan_id
  )${
    save
      ? // An uncorrelated subquery is an InitPlan: the events are appended once, at the version's
        // row, and not at all when no version was written.
        sql`, version_row as (${version})
  select (${auditAppendPart.sql()}) as audit_appended, version_row.written
  from version_row`
      : sql`
  ${version}`
  }`;
}

/**
 * `unnest` of one array parameter per column, with each row's number as `n`: one value per column
 * whatever the number of rows.
 */
function unnestOf(columns: Array<[values: unknown[], type: 'text' | 'date' | 'int']>) {
  const params = columns.map(
    ([values, type]) => sql`${sql.param(values.map((v) => v ?? null))}::${sql.raw(type)}[]`,
  );
  return sql`unnest(${sql.join(params, sql`, `)}) with ordinality`;
}

/**
 * Writes goals and their actions as rows in the order given; the plan's old rows must be gone. One
 * statement whatever their number: each column one array (`unnest`), so its text never changes and
 * PostgreSQL parses it once per connection.
 */
export async function insertGoals(
  tx: Executor,
  tenantId: string,
  planId: string,
  goals: PlanGoal[],
): Promise<void> {
  if (goals.length === 0) return;
  const actions = goals.flatMap((g) => g.actions);
  const goalRows = unnestOf([
    [goals.map((g) => g.id), 'text'],
    [goals.map((g) => g.domainCode), 'text'],
    [goals.map((g) => seal(g.description)), 'text'],
    [goals.map((g) => seal(g.achievedWhen)), 'text'],
    [goals.map((g) => g.priority), 'text'],
    [goals.map((g) => g.targetDate), 'date'],
    [goals.map((g) => JSON.stringify(g.concernsPersonIds)), 'text'],
  ]);
  const actionRows = unnestOf([
    [actions.map((a) => a.id), 'text'],
    [actions.map((a) => a.goalId), 'text'],
    [actions.map((a) => seal(a.description)), 'text'],
    [actions.map((a) => a.owner.kind), 'text'],
    [actions.map((a) => a.owner.ref), 'text'],
    [actions.map((a) => a.owner.label), 'text'],
    [actions.map((a) => a.level), 'int'],
    [actions.map((a) => a.startDate), 'date'],
    [actions.map((a) => a.endDate), 'date'],
    [actions.map((a) => a.status), 'text'],
  ]);
  await tx.execute(sql`with goals as (
    insert into ${planGoal} (tenant_id, id, plan_id, position, domain_code, description, achieved_when,
      priority, target_date, concerns_person_ids)
    select ${tenantId}, g.id, ${planId}, g.n - 1, g.domain_code, g.description, g.achieved_when,
      g.priority, g.target_date, g.concerns::jsonb
    from ${goalRows} as g(id, domain_code, description, achieved_when, priority, target_date, concerns, n)
  )
  insert into ${planAction} (tenant_id, id, plan_id, goal_id, position, description, owner_kind, owner_ref,
    owner_label, level, start_date, end_date, status)
  select ${tenantId}, a.id, ${planId}, a.goal_id, a.n - 1, a.description, a.owner_kind, a.owner_ref,
    a.owner_label, a.level, a.start_date, a.end_date, a.status
  from ${actionRows} as a(id, goal_id, description, owner_kind, owner_ref, owner_label, level, start_date,
    end_date, status, n)`);
}
