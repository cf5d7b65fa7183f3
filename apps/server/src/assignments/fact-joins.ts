/** Join conditions the assignment fact queries (outcomes, budgets, CBS) share, so they join alike. */
import { and, eq } from 'drizzle-orm';
import type { HouseholdAreaSubquery } from '../households/home-queries.ts';
import { assignment, contractProduct } from './schema.ts';

/** The contract product an assignment was given under (same tenant). */
export const productOfAssignment = and(
  eq(contractProduct.tenantId, assignment.tenantId),
  eq(contractProduct.id, assignment.contractProductId),
);

/** The area of the assignment's household, for a left join (a household may have no area yet). */
export function areaOfAssignment(householdArea: HouseholdAreaSubquery) {
  return eq(householdArea.householdId, assignment.householdId);
}
