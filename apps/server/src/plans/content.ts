import type { PlanAction, PlanGoal, PlanSnapshot } from '@een-plan/contracts';
import { and, eq, sql } from 'drizzle-orm';
import { correlated } from '../db/correlated.ts';
import type { Executor } from '../db/database.ts';
import { preparedOnce } from '../db/prepared.ts';
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

export /**
 * Replaces goals and actions with `content`, writes the new version's snapshot, bumps the version.
 * A content without a safety section keeps the stored one (an edit of goals does not drop it).
 * `stored`: the plan's content as loaded in this transaction, when the caller has it unchanged.
 */
async function writeVersion(
  tx: Executor,
  actor: Actor,
  p: PlanRow,
  given: PlanSnapshot,
  summary: string,
  stored?: PlanSnapshot,
): Promise<PlanRow> {
  const t = actor.tenantId;
  const old = stored ?? (await loadContent(tx, t, p));
  const content: PlanSnapshot = given.safety || !old.safety ? given : { ...given, safety: old.safety };
  const oldKey = agreementKey(old);
  await deleteGoals(tx, t, p.id);
  await insertGoals(tx, t, p.id, content.goals);
  if (content.safety) await saveSafety(tx, t, p.id, content.safety);
  const newKey = agreementKey(content);
  const version = p.version + 1;
  // A changed content needs agreement again: an agreed plan goes back to concept.
  const contentChanged = oldKey !== newKey;
  const state = p.state === 'agreed' && contentChanged ? 'concept' : p.state;
  const agreedVersion = !contentChanged && p.agreedVersion === p.version ? version : p.agreedVersion;
  const changed = { vision: seal(content.vision), version, state, agreedVersion, updatedAt: new Date() };
  // The plan row and its version's snapshot in one statement: no version is written when the
  // guarded update found the plan at another version.
  const guarded = tx
    .update(plan)
    .set(changed)
    .where(and(eq(plan.tenantId, t), eq(plan.id, p.id), eq(plan.version, p.version)))
    .returning({ version: plan.version });
  const written = await tx.execute(sql`with updated as (${guarded.getSQL()})
    insert into ${planVersion} (tenant_id, plan_id, version, snapshot, created_by, change_summary)
    select ${t}, ${p.id}, updated.version, ${JSON.stringify(sealSnapshot(content))}::jsonb,
      ${actor.userId}, ${summary}
    from updated returning 1 as written`);
  if (rowsOf(written).length === 0)
    throw new ProblemError('version_conflict', undefined, undefined, p.version);
  // The row as the update left it: every other column is as the locked read gave it.
  return { ...p, ...changed };
}

/** Both drivers (node-postgres, PGlite) answer a raw statement with `{ rows }`. */
function rowsOf(result: unknown): unknown[] {
  if (!(result && typeof result === 'object' && 'rows' in result && Array.isArray(result.rows))) {
    throw new Error('a raw statement answered without rows');
  }
  return result.rows;
}

/** Removes the plan's goals and their actions in one statement (the actions reference the goals). */
async function deleteGoals(tx: Executor, tenantId: string, planId: string): Promise<void> {
  const actions = tx
    .delete(planAction)
    .where(and(eq(planAction.tenantId, tenantId), eq(planAction.planId, planId)));
  const goals = tx.delete(planGoal).where(and(eq(planGoal.tenantId, tenantId), eq(planGoal.planId, planId)));
  await tx.execute(sql`with actions as (${actions.getSQL()}) ${goals.getSQL()}`);
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
