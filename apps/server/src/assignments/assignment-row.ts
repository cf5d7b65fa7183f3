import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import { assignment, contractProduct, providerContract } from './schema.ts';

/** The assignment locked for this transaction's change; 404 when it is not the tenant's. */
export async function lockAssignment(tx: Executor, tenantId: string, id: string) {
  const [a] = await tx
    .select()
    .from(assignment)
    .where(and(eq(assignment.tenantId, tenantId), eq(assignment.id, id)))
    .for('update')
    .limit(1);
  if (!a) throw new ProblemError('not_found');
  return a;
}

/** Optimistic concurrency: the change was made on the version the client saw. */
export function checkVersion(a: { version: number }, version: number) {
  if (a.version !== version) {
    throw new ProblemError('version_conflict', undefined, undefined, a.version);
  }
}

/** The assignments to one organisation (a provider) of the tenant. */
export const toOrganisation = (tenantId: string, organisationId: string) =>
  and(eq(assignment.tenantId, tenantId), eq(assignment.organisationId, organisationId));

/** The join of an assignment to its contract product (same tenant): written once for every query. */
export const productOfAssignment = sql`${contractProduct.tenantId} = ${assignment.tenantId} and ${contractProduct.id} = ${assignment.contractProductId}`;

/** The join of a contract product to its provider contract (same tenant). */
export const contractOfProduct = sql`${providerContract.tenantId} = ${contractProduct.tenantId} and ${providerContract.id} = ${contractProduct.contractId}`;
