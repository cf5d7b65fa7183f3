import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import { contractOfProduct } from './assignment-row.ts';
import { contractProduct, providerContract } from './schema.ts';

/** The largest budget an assignment may carry (an int column in cents, with room for sums). */
const MAX_BUDGET_CENTS = 2_000_000_000;

/**
 * The contract product an assignment is given under, with its tariff and its contract's validity:
 * 422 unless the tenant has it under contract with `organisationId` (the provider that will deliver).
 */
export async function productUnderContract(
  tx: Executor,
  tenantId: string,
  productId: string,
  organisationId: string,
) {
  const [product] = await tx
    .select({
      id: contractProduct.id,
      unit: contractProduct.unit,
      tariffCents: contractProduct.tariffCents,
      organisationId: providerContract.organisationId,
      validFrom: providerContract.validFrom,
      validUntil: providerContract.validUntil,
    })
    .from(contractProduct)
    .innerJoin(providerContract, contractOfProduct)
    .where(and(eq(contractProduct.tenantId, tenantId), eq(contractProduct.id, productId)))
    .limit(1);
  if (!product || product.organisationId !== organisationId) {
    throw new ProblemError('assignment_product_not_contracted');
  }
  return product;
}

/** An assignment's period lies within its contract's validity (422 otherwise). */
export function requireWithinContract(
  contract: { validFrom: string; validUntil: string | null },
  startDate: string,
  endDate: string,
): void {
  if (startDate < contract.validFrom || (contract.validUntil !== null && endDate > contract.validUntil)) {
    throw new ProblemError('assignment_outside_contract');
  }
}

/** A computed budget the database can hold (422 otherwise). */
export function requireBudgetFits(budgetCents: number): void {
  if (!Number.isSafeInteger(budgetCents) || budgetCents > MAX_BUDGET_CENTS) {
    throw new ProblemError('assignment_budget_too_large');
  }
}
