/** Join conditions and the paged read the assignment fact queries (outcomes, budgets, CBS) share, so they join alike. */
import { and, asc, eq, gt, type SQL } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/database.ts';
import { type HouseholdAreaSubquery, householdAreaSubquery } from '../households/home-queries.ts';
import { declaration, declarationLine } from './declarations-schema.ts';
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

/** The declaration (JW323) a declaration line belongs to (same tenant). */
export const declarationOfLine = and(
  eq(declaration.tenantId, declarationLine.tenantId),
  eq(declaration.id, declarationLine.declarationId),
);

/** The assignment a declaration line declares for (same tenant). */
export const assignmentOfLine = and(
  eq(assignment.tenantId, declarationLine.tenantId),
  eq(assignment.id, declarationLine.assignmentId),
);

/**
 * One page (keyset on id) of the tenant's assignments that meet `condition`, each with its area,
 * product category and provider, and the `columns` a fact asks for besides.
 */
export function assignmentFactRows<C extends SelectedFields>(
  db: Executor,
  tenantId: string,
  columns: C,
  condition: SQL | undefined,
  page: { after: string | null; size: number },
) {
  const householdArea = householdAreaSubquery(db, tenantId);
  return db
    .select({
      id: assignment.id,
      areaId: householdArea.areaId,
      productCategory: contractProduct.productCategory,
      organisationId: assignment.organisationId,
      ...columns,
    })
    .from(assignment)
    .innerJoin(contractProduct, productOfAssignment)
    .leftJoin(householdArea, areaOfAssignment(householdArea))
    .where(
      and(
        eq(assignment.tenantId, tenantId),
        condition,
        page.after ? gt(assignment.id, page.after) : undefined,
      ),
    )
    .orderBy(asc(assignment.id))
    .limit(page.size);
}
