/** Reading and closing tasks: a person's own tasks and their team's, by the task policy. */
import {
  type Task,
  type TaskCount,
  TaskKind,
  type TaskList,
  TaskStatus,
  TaskSubjectType,
} from '@een-plan/contracts';
import { and, asc, count, eq, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import type { Db, Executor } from '../db/database.ts';
import { asTimestamp, DbTimestamp, rowsAfter, timestampText } from '../db/keyset.ts';
import { decodeCursor, splitPage } from '../http/page-cursor.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/authorize.ts';
import { decideTask, taskAudience } from '../policy/decide-task.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { taskLink } from './links.ts';
import { task } from './schema.ts';

/** The SQL form of `decideTask`: the tasks an actor sees (own, and their team's for its audience). */
function visibleTo(actor: Actor): SQL {
  const a = taskAudience(actor);
  const own = eq(task.assigneeUserId, a.userId);
  const team = a.teamId
    ? and(
        eq(task.assigneeTeamId, a.teamId),
        a.lead ? undefined : or(isNull(task.audienceRole), eq(task.audienceRole, a.role)),
      )
    : undefined;
  const organisation = a.organisationId
    ? and(
        eq(task.assigneeOrganisationId, a.organisationId),
        or(isNull(task.audienceRole), eq(task.audienceRole, a.role)),
      )
    : undefined;
  return and(eq(task.tenantId, actor.tenantId), or(own, team, organisation)) as SQL;
}

function toTask(r: typeof task.$inferSelect, today: string): Task {
  return {
    id: r.id,
    kind: TaskKind.parse(r.kind),
    subjectType: TaskSubjectType.parse(r.subjectType),
    subjectId: r.subjectId,
    householdId: r.householdId,
    link: taskLink(r),
    assignee: r.assigneeUserId
      ? { type: 'user', userId: r.assigneeUserId }
      : r.assigneeOrganisationId
        ? { type: 'organisation', organisationId: r.assigneeOrganisationId }
        : { type: 'team', teamId: r.assigneeTeamId ?? '' },
    dueDate: r.dueDate,
    overdue: r.status === 'open' && r.dueDate < today,
    status: TaskStatus.parse(r.status),
    closedReason: r.closedReason,
    createdAt: r.createdAt.toISOString(),
    closedAt: r.closedAt?.toISOString() ?? null,
  };
}

/** The task list's cursor: the last task's due date, creation time as stored, and id. */
const TaskListCursor = z.tuple([z.iso.date(), DbTimestamp, z.string().min(1).max(64)]);

/**
 * One page of the tasks an actor sees, by due date, after the cursor's row (decision 0031). Each of
 * the three audiences (own, team, organisation) has an index on (tenant, assignee, status, due date,
 * created_at, id) that also takes the cursor's comparison, so a page reads the reader's tasks after
 * the cursor only, never the tenant's.
 */
export function taskPageQuery(
  db: Executor,
  actor: Actor,
  query: { status: TaskStatus; cursor?: string | undefined; pageSize: number },
) {
  const after = decodeCursor(TaskListCursor, query.cursor);
  return db
    .select({ t: task, createdAtText: timestampText(task.createdAt) })
    .from(task)
    .where(
      and(
        visibleTo(actor),
        eq(task.status, query.status),
        after
          ? rowsAfter([task.dueDate, task.createdAt, task.id], [after[0], asTimestamp(after[1]), after[2]])
          : undefined,
      ),
    )
    .orderBy(asc(task.dueDate), asc(task.createdAt), asc(task.id))
    .limit(query.pageSize + 1);
}

export async function listTasks(
  db: Db,
  actor: Actor,
  query: { status: TaskStatus; cursor?: string | undefined; pageSize: number },
): Promise<TaskList> {
  const fetched = await taskPageQuery(db, actor, query);
  const { page, nextCursor } = splitPage(fetched, query.pageSize, (last) => [
    last.t.dueDate,
    last.createdAtText,
    last.t.id,
  ]);
  const [total] = await db
    .select({ n: count() })
    .from(task)
    .where(and(visibleTo(actor), eq(task.status, query.status)));
  const today = amsterdamDate(new Date());
  return { items: page.map((r) => toTask(r.t, today)), total: Number(total?.n ?? 0), nextCursor };
}

export async function countTasks(db: Db, actor: Actor): Promise<TaskCount> {
  const today = amsterdamDate(new Date());
  const [row] = await db
    .select({ open: count(), overdue: sql<number>`count(*) filter (where ${lt(task.dueDate, today)})` })
    .from(task)
    .where(and(visibleTo(actor), eq(task.status, 'open')));
  return { open: Number(row?.open ?? 0), overdue: Number(row?.overdue ?? 0) };
}

/** Marks a task done or dismissed (with the person's reason); only its assignee may. */
export async function closeTask(
  db: Db,
  actor: Actor,
  taskId: string,
  outcome: { status: 'done' } | { status: 'dismissed'; reason: string },
  origin: RequestOrigin,
): Promise<Task> {
  const action = outcome.status === 'done' ? 'task.done' : 'task.dismiss';
  // Decided outside the write's transaction, so a refusal's audit row is never rolled back.
  const { facts } = await authorize(db, actor, origin, {
    load: async () => {
      const [row] = await db
        .select()
        .from(task)
        .where(and(eq(task.tenantId, actor.tenantId), eq(task.id, taskId)))
        .limit(1);
      return row ?? null;
    },
    decide: (row) => decideTask(actor, 'task.close', row),
    attempt: { action, subjectType: 'task', subjectId: taskId, dataCategory: 'task', purpose: 'work_list' },
    // Someone else's task is not theirs to know about.
    answer: 'not_found',
  });
  return db.transaction(async (tx) => {
    const now = new Date();
    const [row] = await tx
      .update(task)
      .set({
        status: outcome.status,
        closedReason: outcome.status === 'dismissed' ? outcome.reason : null,
        closedBy: actor.userId,
        closedAt: now,
      })
      .where(and(eq(task.tenantId, actor.tenantId), eq(task.id, taskId), eq(task.status, 'open')))
      .returning();
    if (!row) throw new ProblemError('task_not_open');
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action,
      outcome: 'success',
      subjectType: 'task',
      subjectId: taskId,
      dataCategory: 'task',
      purpose: 'work_list',
      ...origin,
      details: { kind: facts.kind, subjectType: facts.subjectType, subjectId: facts.subjectId },
    });
    return toTask(row, amsterdamDate(now));
  });
}
