/**
 * Facts the outcomes module asks of assignments, without names: per assignment its area, product
 * category, provider, start and — when the provider stopped it (JW307) — the stop date and reason.
 * Read in pages (keyset on id) so the nightly figures stay bounded.
 */
import { and, gte, lt, or } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { householdEventsQuery } from '../db/household-events.ts';
import { assignmentFactRows } from './fact-joins.ts';
import { assignment } from './schema.ts';

/** JZ588 reasons that mean the help ended early (NJi outcome criterion 1, drop-out). */
export const EARLY_STOP_REASONS: readonly string[] = ['32', '33', '34', '35'];
/** JZ588 "ended according to plan". */
export const PLANNED_STOP_REASONS: readonly string[] = ['31'];

interface AssignmentFact {
  id: string;
  householdId: string;
  areaId: string | null;
  productCategory: string;
  organisationId: string;
  startDate: string;
  stoppedOn: string | null;
  stopReason: string | null;
}

/** Assignments that started or stopped in the window (dates as YYYY-MM-DD). */
export async function assignmentFactsPage(
  db: Executor,
  tenantId: string,
  window: { from: string; to: string },
  after: string | null,
  pageSize: number,
): Promise<AssignmentFact[]> {
  return assignmentFactRows(
    db,
    tenantId,
    {
      householdId: assignment.householdId,
      startDate: assignment.startDate,
      stoppedOn: assignment.stoppedOn,
      stopReason: assignment.stopReason,
    },
    or(
      and(gte(assignment.startDate, window.from), lt(assignment.startDate, window.to)),
      and(gte(assignment.stoppedOn, window.from), lt(assignment.stoppedOn, window.to)),
    ),
    { after, size: pageSize },
  );
}

/** When each of `householdIds` had an assignment given after a moment (see `householdEventsSince`). */
export const assignmentsOfHouseholdsSince = householdEventsQuery({
  table: assignment,
  tenantId: assignment.tenantId,
  householdId: assignment.householdId,
  at: assignment.createdAt,
});
