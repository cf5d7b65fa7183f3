/**
 * Facts the task rules ask of assignments (the tasks module reads them here, never the tables):
 * which assignments wait for a team lead's approval, and which are assigned without a start.
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { assignment } from './schema.ts';
import { assignmentSettings, startDueDate } from './settings.ts';

export async function assignmentsAwaitingApproval(db: Executor, tenantId: string, householdId?: string) {
  return db
    .select({ id: assignment.id, householdId: assignment.householdId, createdAt: assignment.createdAt })
    .from(assignment)
    .where(
      and(
        eq(assignment.tenantId, tenantId),
        eq(assignment.status, 'awaiting_approval'),
        householdId ? eq(assignment.householdId, householdId) : undefined,
      ),
    );
}

/** Assigned assignments whose start (JW305) is missing past the start date plus the tenant's grace. */
export async function assignmentsWithStartOverdue(
  db: Executor,
  tenantId: string,
  today: string,
  householdId?: string,
) {
  const { startWarningDays } = await assignmentSettings(db, tenantId);
  const rows = await db
    .select({
      id: assignment.id,
      householdId: assignment.householdId,
      status: assignment.status,
      startDate: assignment.startDate,
      assignedAt: assignment.assignedAt,
    })
    .from(assignment)
    .where(
      and(
        eq(assignment.tenantId, tenantId),
        eq(assignment.status, 'assigned'),
        isNull(assignment.startedOn),
        householdId ? eq(assignment.householdId, householdId) : undefined,
      ),
    );
  return rows.flatMap((r) => {
    const dueDate = startDueDate(r, startWarningDays);
    return dueDate !== null && today > dueDate ? [{ id: r.id, householdId: r.householdId, dueDate }] : [];
  });
}
