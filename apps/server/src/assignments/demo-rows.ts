/**
 * Rows of generated demo histories in the assignments module's tables (past, finished care), for
 * the demo loaders of other modules: what they need to know of contracts, and a bulk insert.
 */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { assignment, contractProduct, providerContract } from './schema.ts';

/** Every contracted product of the tenant with its category and provider, by id. */
export async function contractedProducts(db: Executor, tenantId: string) {
  return db
    .select({
      id: contractProduct.id,
      category: contractProduct.productCategory,
      organisationId: providerContract.organisationId,
    })
    .from(contractProduct)
    .innerJoin(
      providerContract,
      and(
        eq(providerContract.tenantId, contractProduct.tenantId),
        eq(providerContract.id, contractProduct.contractId),
      ),
    )
    .where(eq(contractProduct.tenantId, tenantId))
    .orderBy(contractProduct.id);
}

/** Past assignments of a generated history, in bulk. */
export async function insertDemoAssignments(
  tx: Executor,
  rows: ReadonlyArray<typeof assignment.$inferInsert>,
) {
  if (rows.length > 0) await tx.insert(assignment).values([...rows]);
}
