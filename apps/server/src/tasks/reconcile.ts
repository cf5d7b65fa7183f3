/**
 * The one reconcile: given a tenant (and optionally a household and the rule kinds an event
 * touched), open the tasks the rules want and close the others of those kinds with reason
 * 'resolved'. Idempotent: running it twice changes nothing the second time.
 */
import { randomUUID } from 'node:crypto';
import type { TaskKind } from '@een-plan/contracts';
import { and, eq, inArray, or } from 'drizzle-orm';
import { type AuditEvent, recordAuditMany } from '../audit/record.ts';
import type { Db, Executor } from '../db/database.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { notifyNewTasks } from './notifications.ts';
import { type DesiredTask, ruleKey, taskRules } from './rules.ts';
import { task } from './schema.ts';

interface ReconcileOptions {
  kinds?: readonly TaskKind[];
  householdId?: string;
  now?: Date;
}

interface ReconcileResult {
  opened: number;
  closed: number;
}

const sameAssignee = (a: DesiredTask, b: typeof task.$inferSelect) =>
  a.assigneeUserId === b.assigneeUserId &&
  a.assigneeTeamId === b.assigneeTeamId &&
  (a.assigneeOrganisationId ?? null) === b.assigneeOrganisationId &&
  a.audienceRole === b.audienceRole;

export async function reconcileTasks(
  db: Db,
  tenantId: string,
  opts: ReconcileOptions = {},
): Promise<ReconcileResult> {
  const now = opts.now ?? new Date();
  const today = amsterdamDate(now);
  const result: ReconcileResult = { opened: 0, closed: 0 };
  for (const rule of taskRules) {
    if (opts.kinds && !opts.kinds.includes(rule.kind)) continue;
    // A rule that is not per household runs for the whole tenant (its subjects have no household yet).
    const householdId = rule.perHousehold ? opts.householdId : undefined;
    const desired = await rule.desired(db, { tenantId, today, householdId });
    const r = await db.transaction((tx) => applyRule(tx, tenantId, rule.kind, desired, householdId, now));
    result.opened += r.opened;
    result.closed += r.closed;
  }
  return result;
}

async function applyRule(
  tx: Executor,
  tenantId: string,
  kind: TaskKind,
  desired: DesiredTask[],
  householdId: string | undefined,
  now: Date,
): Promise<ReconcileResult> {
  const wanted = new Map(desired.map((d) => [ruleKey(d.kind, d.subjectId), d]));
  const keys = [...wanted.keys()];
  const existing = await tx
    .select()
    .from(task)
    .where(
      and(
        eq(task.tenantId, tenantId),
        eq(task.kind, kind),
        or(
          and(eq(task.status, 'open'), householdId ? eq(task.householdId, householdId) : undefined),
          keys.length > 0 ? inArray(task.ruleKey, keys) : undefined,
        ),
      ),
    )
    .for('update');
  const byKey = new Map(existing.map((t) => [t.ruleKey, t]));
  const assigned: Array<DesiredTask & { id: string }> = [];
  const audit: AuditEvent[] = [];
  for (const [key, want] of wanted) {
    // Written in full, so a task that moves from a person to an organisation loses the person.
    const d = { ...want, assigneeOrganisationId: want.assigneeOrganisationId ?? null };
    const old = byKey.get(key);
    if (!old) {
      const id = randomUUID();
      const inserted = await tx
        .insert(task)
        .values({ tenantId, id, ruleKey: key, ...d, status: 'open', createdAt: now })
        .onConflictDoNothing()
        .returning({ id: task.id });
      if (inserted.length === 0) continue;
      assigned.push({ ...d, id });
      audit.push(taskEvent(tenantId, 'task.open', id, d));
      continue;
    }
    // A person's own "done" or "dismissed" stands; only a task the event itself closed reopens.
    const reopen = old.status !== 'open' && old.closedReason === 'resolved';
    if (old.status !== 'open' && !reopen) continue;
    if (!reopen && old.dueDate === d.dueDate && sameAssignee(d, old) && old.householdId === d.householdId)
      continue;
    await tx
      .update(task)
      .set({
        ...d,
        status: 'open',
        closedReason: null,
        closedBy: null,
        closedAt: null,
      })
      .where(and(eq(task.tenantId, tenantId), eq(task.id, old.id)));
    if (reopen || !sameAssignee(d, old)) {
      assigned.push({ ...d, id: old.id });
      audit.push(taskEvent(tenantId, 'task.open', old.id, d));
    }
  }
  const toClose = existing.filter((t) => t.status === 'open' && !wanted.has(t.ruleKey));
  if (toClose.length > 0) {
    await tx
      .update(task)
      .set({ status: 'done', closedReason: 'resolved', closedAt: now })
      .where(
        and(
          eq(task.tenantId, tenantId),
          inArray(
            task.id,
            toClose.map((t) => t.id),
          ),
        ),
      );
    for (const t of toClose) audit.push(taskEvent(tenantId, 'task.resolve', t.id, t));
  }
  if (audit.length > 0) await recordAuditMany(tx, audit);
  if (assigned.length > 0) await notifyNewTasks(tx, tenantId, assigned, now);
  return { opened: assigned.length, closed: toClose.length };
}

function taskEvent(
  tenantId: string,
  action: string,
  id: string,
  t: { kind: string; subjectType: string; subjectId: string },
): AuditEvent {
  return {
    tenantId,
    actor: null,
    action,
    outcome: 'success',
    subjectType: 'task',
    subjectId: id,
    dataCategory: 'task',
    purpose: 'work_list',
    details: { kind: t.kind, subjectType: t.subjectType, subjectId: t.subjectId },
  };
}

/** Every tenant's tasks, all rules: the time-based run (pg-boss) and the end of demo loading. */
export async function reconcileAllTenants(db: Db, tenantIds: readonly string[], now = new Date()) {
  const total: ReconcileResult = { opened: 0, closed: 0 };
  for (const tenantId of tenantIds) {
    const r = await reconcileTasks(db, tenantId, { now });
    total.opened += r.opened;
    total.closed += r.closed;
  }
  return total;
}
