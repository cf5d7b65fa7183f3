/** Reading and closing tasks: a person's own tasks and their team's, by the task policy. */
import {
  type Task,
  type TaskCount,
  TaskKind,
  type TaskList,
  type TaskListQuery,
  TaskStatus,
  TaskSubjectType,
} from '@een-plan/contracts';
import { and, asc, count, eq, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
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

export async function listTasks(
  db: Db,
  actor: Actor,
  query: Required<Pick<TaskListQuery, 'status' | 'page' | 'pageSize'>>,
): Promise<TaskList> {
  const where = and(visibleTo(actor), eq(task.status, query.status ?? 'open'));
  const page = Number(query.page);
  const pageSize = Number(query.pageSize);
  const rows = await db
    .select()
    .from(task)
    .where(where)
    .orderBy(asc(task.dueDate), asc(task.createdAt), asc(task.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(task).where(where);
  const today = amsterdamDate(new Date());
  return { items: rows.map((r) => toTask(r, today)), total: Number(total?.n ?? 0), page, pageSize };
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
