/** Destruction of a household's tasks and their notifications (retention and erasure). */
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { notification, task } from './schema.ts';

export async function destroyHouseholdData(tx: Executor, tenantId: string, householdId: string) {
  const tasks = await tx
    .select({ id: task.id })
    .from(task)
    .where(
      and(
        eq(task.tenantId, tenantId),
        or(eq(task.householdId, householdId), eq(task.subjectId, householdId)),
      ),
    );
  const ids = tasks.map((t) => t.id);
  if (ids.length === 0) return { task: 0, notification: 0 };
  const n = await tx
    .delete(notification)
    .where(and(eq(notification.tenantId, tenantId), inArray(notification.taskId, ids)))
    .returning({ id: notification.id });
  await tx.delete(task).where(and(eq(task.tenantId, tenantId), inArray(task.id, ids)));
  return { task: ids.length, notification: n.length };
}
