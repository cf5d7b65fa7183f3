import { toIjwDatum } from '@een-plan/ijw';
import { and, eq } from 'drizzle-orm';
import { recordAccess } from '../audit/record.ts';
import { findUserNames } from '../auth/users.ts';
import type { Db, Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { tenantName } from '../tenancy/organisations.ts';
import { assignmentAccess, authorizeHousehold } from './assignment-access.ts';
import { selectAssignments, withNames } from './assignment-list.ts';
import type { DecisionLetterData } from './pdf.ts';
import { assignment } from './schema.ts';

// ---------------------------------------------------------------------------------------------
// Decision letter (beschikking)

/**
 * The letter's facts. They may come from `reader`, a read replica (decision 0033); the access
 * decision and its audit stay on the primary `db`.
 */
export async function decisionLetterData(
  db: Db,
  actor: Actor,
  assignmentId: string,
  ctx: RequestOrigin,
  reader: Executor = db,
): Promise<DecisionLetterData> {
  const [row] = await withNames(
    reader,
    actor.tenantId,
    await selectAssignments(reader)
      .where(and(eq(assignment.tenantId, actor.tenantId), eq(assignment.id, assignmentId)))
      .limit(1),
  );
  if (!row) throw new ProblemError('not_found');
  const household = await authorizeHousehold(
    db,
    actor,
    row.a.householdId,
    'assignment.read',
    { action: 'assignment.decision_letter' },
    ctx,
  );
  if (!row.a.assignedAt) throw new ProblemError('assignment_wrong_status');
  const municipality = await tenantName(reader, actor.tenantId);
  const coordinatorId = household.coordinatorId;
  const [coordinator] = coordinatorId ? await findUserNames(reader, actor.tenantId, [coordinatorId]) : [];
  await recordAccess(
    db,
    actor,
    ctx,
    assignmentAccess('assignment.decision_letter', { assignment: assignmentId }),
    { householdId: row.a.householdId },
  );
  return {
    municipalityName: municipality ?? actor.tenantId,
    householdName: household.name,
    youthFirstName: row.personFirstName,
    assignmentNumber: row.a.assignmentNumber,
    decidedOn: toIjwDatum(row.a.assignedAt),
    productName: row.productName,
    providerName: row.organisationName,
    volume: row.a.volume,
    unit: row.a.unit,
    frequency: row.a.frequency,
    startDate: row.a.startDate,
    endDate: row.a.endDate,
    coordinatorName: coordinator?.displayName ?? null,
  };
}
