/**
 * Youth-care trajectories for the CBS Beleidsinformatie Jeugd delivery: every assignment that
 * started (JW305) and ran in a window, with the facts the Informatieprotocol asks. Identifiers only;
 * the budgets module adds the youth's BSN, birth date and postcode through the households module.
 */
import { and, asc, eq, gt, gte, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { productOfAssignment } from './fact-joins.ts';
import { assignment, contractProduct } from './schema.ts';

export interface TrajectoryFact {
  id: string;
  assignmentNumber: number;
  householdId: string;
  personId: string;
  referrerType: string;
  productCategory: string;
  startedOn: string;
  /** The day help ended: the provider's stop (JW307) or the municipality's end; null while it runs. */
  endedOn: string | null;
  stopReason: string | null;
}

/** Started assignments that ran in [from, to] (inclusive), in pages by id. */
export async function trajectoryFactsPage(
  db: Executor,
  tenantId: string,
  window: { from: string; to: string },
  after: string | null,
  pageSize: number,
): Promise<TrajectoryFact[]> {
  const ended = sql<string | null>`coalesce(${assignment.stoppedOn}, ${assignment.endedOn})`;
  const rows = await db
    .select({
      id: assignment.id,
      assignmentNumber: assignment.assignmentNumber,
      householdId: assignment.householdId,
      personId: assignment.personId,
      referrerType: assignment.referrerType,
      productCategory: contractProduct.productCategory,
      startedOn: assignment.startedOn,
      endedOn: ended,
      stopReason: assignment.stopReason,
    })
    .from(assignment)
    .innerJoin(contractProduct, productOfAssignment)
    .where(
      and(
        eq(assignment.tenantId, tenantId),
        isNotNull(assignment.startedOn),
        lte(assignment.startedOn, window.to),
        or(isNull(ended), gte(ended, window.from)),
        after ? gt(assignment.id, after) : undefined,
      ),
    )
    .orderBy(asc(assignment.id))
    .limit(pageSize);
  return rows.map((r) => ({ ...r, startedOn: r.startedOn as string, endedOn: r.endedOn ?? null }));
}
