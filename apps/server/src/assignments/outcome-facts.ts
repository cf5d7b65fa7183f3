/**
 * Facts the outcomes module asks of assignments, without names: per assignment its area, product
 * category, provider, start and — when the provider stopped it (JW307) — the stop date and reason.
 * Read in pages (keyset on id) so the nightly figures stay bounded.
 */
import { and, asc, eq, gt, gte, lt, or } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { householdEventsQuery } from '../db/household-events.ts';
import { householdAreaSubquery } from '../households/home-queries.ts';
import { areaOfAssignment, productOfAssignment } from './fact-joins.ts';
import { assignment, contractProduct } from './schema.ts';

/** JZ588 reasons that mean the help ended early (NJi outcome criterion 1, drop-out). */
export const EARLY_STOP_REASONS: readonly string[] = ['32', '33', '34', '35'];
/** JZ588 "ended according to plan". */
export const PLANNED_STOP_REASONS: readonly string[] = ['31'];

export interface AssignmentFact {
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
  const householdArea = householdAreaSubquery(db, tenantId);
  const rows = await db
    .select({
      id: assignment.id,
      householdId: assignment.householdId,
      areaId: householdArea.areaId,
      productCategory: contractProduct.productCategory,
      organisationId: assignment.organisationId,
      startDate: assignment.startDate,
      stoppedOn: assignment.stoppedOn,
      stopReason: assignment.stopReason,
    })
    .from(assignment)
    .innerJoin(contractProduct, productOfAssignment)
    .leftJoin(householdArea, areaOfAssignment(householdArea))
    .where(
      and(
        eq(assignment.tenantId, tenantId),
        or(
          and(gte(assignment.startDate, window.from), lt(assignment.startDate, window.to)),
          and(gte(assignment.stoppedOn, window.from), lt(assignment.stoppedOn, window.to)),
        ),
        after ? gt(assignment.id, after) : undefined,
      ),
    )
    .orderBy(asc(assignment.id))
    .limit(pageSize);
  return rows;
}

/** When each of `householdIds` had an assignment given after a moment (see `householdEventsSince`). */
export const assignmentsOfHouseholdsSince = householdEventsQuery({
  table: assignment,
  tenantId: assignment.tenantId,
  householdId: assignment.householdId,
  at: assignment.createdAt,
});
