/**
 * What retention asks of assignments: when each household's youth care ended, whether an
 * assignment is still open (a legal hold), and the destruction of a household's assignments with
 * their iJw messages, requests and declaration lines as part of a whole dossier.
 */
import type { AssignmentStatus } from '@een-plan/contracts';
import { and, eq, inArray, notInArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { householdRowIds } from '../db/household-row-ids.ts';
import type { LegalHoldCheck } from '../db/legal-hold.ts';
import { declaration, declarationLine } from './declarations-schema.ts';
import { assignmentRequest } from './requests-schema.ts';
import { assignment, ijwMessage } from './schema.ts';

const OPEN: AssignmentStatus[] = ['awaiting_approval', 'assigned', 'started'];

/** The day care under an assignment ended: withdrawn, stopped, or its end date. */
const endedOn = sql<string>`to_char(coalesce(${assignment.endedOn}, ${assignment.stoppedOn}, ${assignment.endDate}), 'YYYY-MM-DD')`;

/** Per household with assignments: the day its last youth care ended, null while one is open. */
export async function assignmentEndDates(
  db: Executor,
  tenantId: string,
  today: string,
  householdIds?: string[],
) {
  const rows = await db
    .select({
      householdId: assignment.householdId,
      open: sql<number>`count(*) filter (where ${assignment.status} in ('awaiting_approval','assigned','started') and ${assignment.endDate} >= ${today})`.mapWith(
        Number,
      ),
      lastEnded: sql<string>`max(${endedOn})`,
    })
    .from(assignment)
    .where(
      and(
        eq(assignment.tenantId, tenantId),
        householdIds ? inArray(assignment.householdId, householdIds) : undefined,
      ),
    )
    .groupBy(assignment.householdId);
  return rows.map((r) => ({ householdId: r.householdId, endedOn: r.open > 0 ? null : r.lastEnded }));
}

/** Legal hold: care that is still assigned or running must be kept (for one person: care assigned to them). */
export const openAssignmentHold: LegalHoldCheck = async (db, tenantId, householdId, today, personId) => {
  const [row] = await db
    .select({ id: assignment.id })
    .from(assignment)
    .where(
      and(
        eq(assignment.tenantId, tenantId),
        eq(assignment.householdId, householdId),
        personId ? eq(assignment.personId, personId) : undefined,
        inArray(assignment.status, OPEN),
        sql`${assignment.endDate} >= ${today}`,
      ),
    )
    .limit(1);
  return row ? ['open_assignment'] : [];
};

export async function destroyHouseholdData(tx: Executor, tenantId: string, householdId: string) {
  const ids = await householdRowIds(tx, assignment, tenantId, householdId);
  const requestWhere = and(
    eq(assignmentRequest.tenantId, tenantId),
    or(
      eq(assignmentRequest.householdId, householdId),
      ids.length > 0 ? inArray(assignmentRequest.assignmentId, ids) : undefined,
      ids.length > 0 ? inArray(assignmentRequest.grantedAssignmentId, ids) : undefined,
    ),
  );
  const requests = await tx
    .select({ incoming: assignmentRequest.incomingMessageId, answer: assignmentRequest.answerMessageId })
    .from(assignmentRequest)
    .where(requestWhere);
  await tx.delete(assignmentRequest).where(requestWhere);
  const lines =
    ids.length === 0
      ? []
      : await tx
          .delete(declarationLine)
          .where(and(eq(declarationLine.tenantId, tenantId), inArray(declarationLine.assignmentId, ids)))
          .returning({ id: declarationLine.declarationId });
  // The messages about this household (they hold its BSNs); a declaration's own message stays.
  const requestMessages = requests
    .flatMap((r) => [r.incoming, r.answer])
    .filter((m): m is string => Boolean(m));
  const messageIds = (
    await tx
      .select({ id: ijwMessage.id, retour: ijwMessage.retourMessageId })
      .from(ijwMessage)
      .where(
        and(
          eq(ijwMessage.tenantId, tenantId),
          or(
            ids.length > 0 ? inArray(ijwMessage.assignmentId, ids) : undefined,
            requestMessages.length > 0 ? inArray(ijwMessage.id, requestMessages) : undefined,
          ),
        ),
      )
  ).flatMap((m) => [m.id, ...(m.retour ? [m.retour] : [])]);
  const kept = tx
    .select({ id: declaration.incomingMessageId })
    .from(declaration)
    .where(eq(declaration.tenantId, tenantId));
  const messages =
    messageIds.length === 0
      ? []
      : await tx
          .delete(ijwMessage)
          .where(
            and(
              eq(ijwMessage.tenantId, tenantId),
              inArray(ijwMessage.id, messageIds),
              notInArray(ijwMessage.id, kept),
            ),
          )
          .returning({ id: ijwMessage.id });
  if (ids.length > 0) {
    await tx.delete(assignment).where(and(eq(assignment.tenantId, tenantId), inArray(assignment.id, ids)));
  }
  return {
    assignment: ids.length,
    assignment_request: requests.length,
    declaration_line: lines.length,
    ijw_message: messages.length,
  };
}
