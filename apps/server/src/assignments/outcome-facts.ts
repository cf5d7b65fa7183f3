/**
 * Facts the outcomes module asks of assignments, without names: per assignment its area, product
 * category, provider, start and — when the provider stopped it (JW307) — the stop date and reason.
 * Read in pages (keyset on id) so the nightly figures stay bounded.
 */
import { and, asc, eq, gt, gte, inArray, lt, or } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { householdAreaSubquery } from '../households/home-queries.ts';
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
    .innerJoin(
      contractProduct,
      and(
        eq(contractProduct.tenantId, assignment.tenantId),
        eq(contractProduct.id, assignment.contractProductId),
      ),
    )
    .leftJoin(householdArea, eq(householdArea.householdId, assignment.householdId))
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

/**
 * When each of `householdIds` had a assignment given after `after` (outcome criterion 3.2: has the need
 * come back?). The caller narrows per household to its own window.
 */
export async function assignmentsOfHouseholdsSince(
  db: Executor,
  tenantId: string,
  householdIds: string[],
  after: Date,
): Promise<Array<{ householdId: string; at: Date }>> {
  if (householdIds.length === 0) return [];
  const rows = await db
    .select({ householdId: assignment.householdId, at: assignment.createdAt })
    .from(assignment)
    .where(
      and(
        eq(assignment.tenantId, tenantId),
        inArray(assignment.householdId, householdIds),
        gt(assignment.createdAt, after),
      ),
    );
  return rows.flatMap((r) => (r.householdId ? [{ householdId: r.householdId, at: r.at }] : []));
}
