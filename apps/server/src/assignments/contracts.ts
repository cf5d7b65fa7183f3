import { randomUUID } from 'node:crypto';
import type { ProviderContract, ProviderContractInput } from '@een-plan/contracts';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import type { Executor } from '../db/database.ts';
import { inTransaction } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { organisationAgbCode, organisationNames } from '../tenancy/organisations.ts';
import { contractProduct, providerContract } from './schema.ts';
import { assignmentSettings } from './settings.ts';

// ---------------------------------------------------------------------------------------------
// Contracts

export async function listContracts(db: Executor, tenantId: string): Promise<ProviderContract[]> {
  const contracts = await db
    .select({
      id: providerContract.id,
      organisationId: providerContract.organisationId,
      agbCode: providerContract.agbCode,
      validFrom: providerContract.validFrom,
      validUntil: providerContract.validUntil,
    })
    .from(providerContract)
    .where(eq(providerContract.tenantId, tenantId))
    .orderBy(asc(providerContract.validFrom))
    .limit(500);
  if (contracts.length === 0) return [];
  const orgNames = await organisationNames(
    db,
    tenantId,
    contracts.map((c) => c.organisationId),
  );
  const named = contracts
    .map((c) => ({ ...c, organisationName: orgNames.get(c.organisationId) ?? '' }))
    // By organisation name, then start date (the sort is stable).
    .sort((x, y) => x.organisationName.localeCompare(y.organisationName, 'nl'));
  const products = await db
    .select()
    .from(contractProduct)
    .where(
      and(
        eq(contractProduct.tenantId, tenantId),
        inArray(
          contractProduct.contractId,
          contracts.map((c) => c.id),
        ),
      ),
    )
    .orderBy(asc(contractProduct.name))
    .limit(5000);
  return named.map((c) => ({
    ...c,
    products: products
      .filter((p) => p.contractId === c.id)
      .map((p) => ({
        id: p.id,
        name: p.name,
        productCategory: p.productCategory,
        productCode: p.productCode,
        unit: p.unit,
        tariffCents: p.tariffCents,
        executionVariant: p.executionVariant,
      })),
  }));
}

export async function createContract(
  db: Executor,
  actor: Actor,
  input: z.output<typeof ProviderContractInput>,
  ctx: RequestOrigin,
  ids: { contractId?: string; productIds?: string[] } = {},
): Promise<string> {
  return inTransaction(db, async (tx) => {
    const agbCode = await organisationAgbCode(tx, actor.tenantId, input.organisationId);
    if (agbCode === undefined) throw new ProblemError('not_found');
    if (!agbCode || !/^\d{8}$/.test(agbCode)) throw new ProblemError('contract_no_agb_code');
    if (input.validUntil && input.validUntil < input.validFrom) throw new ProblemError('validation_failed');
    const id = ids.contractId ?? randomUUID();
    await tx.insert(providerContract).values({
      tenantId: actor.tenantId,
      id,
      organisationId: input.organisationId,
      agbCode,
      validFrom: input.validFrom,
      validUntil: input.validUntil,
      createdBy: actor.userId,
    });
    await tx.insert(contractProduct).values(
      input.products.map((p, i) => ({
        tenantId: actor.tenantId,
        id: ids.productIds?.[i] ?? randomUUID(),
        contractId: id,
        ...p,
      })),
    );
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: 'contract.create',
      outcome: 'success',
      subjectType: 'provider_contract',
      subjectId: id,
      dataCategory: 'contract',
      purpose: 'administration',
      ...ctx,
      details: { organisationId: input.organisationId, products: input.products.length },
    });
    return id;
  });
}

// ---------------------------------------------------------------------------------------------
// Budget

/** Whole periods of the frequency within [start, end] (both inclusive). */
export function periodsIn(frequency: string, startDate: string, endDate: string): number {
  const start = Date.parse(`${startDate}T00:00:00Z`);
  const end = Date.parse(`${endDate}T00:00:00Z`);
  const days = Math.round((end - start) / 86_400_000) + 1;
  switch (frequency) {
    case '1':
      return days;
    case '2':
      return Math.ceil(days / 7);
    case '4': {
      const [sy, sm] = startDate.split('-').map(Number) as [number, number];
      const [ey, em] = endDate.split('-').map(Number) as [number, number];
      return ey * 12 + em - (sy * 12 + sm) + 1;
    }
    default:
      return 1;
  }
}

/** The budget: volume × number of periods × the contract's tariff per unit (eurocent). */
export function computeBudgetCents(
  input: { volume: number; frequency: string; startDate: string; endDate: string },
  tariffCents: number,
): number {
  return input.volume * periodsIn(input.frequency, input.startDate, input.endDate) * tariffCents;
}

export async function approvalThresholdCents(db: Executor, tenantId: string): Promise<number> {
  return (await assignmentSettings(db, tenantId)).approvalThresholdCents;
}

// ---------------------------------------------------------------------------------------------
// Household access (the plan's decision: coordinator and team assign, team lead approves)
