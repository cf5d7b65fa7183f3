import type { AssignmentRequest } from '@een-plan/contracts';
import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/database.ts';
import { timestampText } from '../db/keyset.ts';
import { firstNamesOf, householdNames } from '../households/home-queries.ts';
import { organisationNameOf } from '../tenancy/fragments.ts';
import { assignmentRequest } from './requests-schema.ts';
import { assignment, contractProduct } from './schema.ts';

const granted = alias(assignment, 'granted_assignment');

/** The join of a request to the contract product it asks for. */
export const requestedProduct = and(
  eq(contractProduct.tenantId, assignmentRequest.tenantId),
  eq(contractProduct.id, assignmentRequest.contractProductId),
);

export function selectRequests(db: Executor) {
  return db
    .select({
      r: assignmentRequest,
      organisationName: organisationNameOf<string>(
        assignmentRequest.tenantId,
        assignmentRequest.organisationId,
      ),
      productName: contractProduct.name,
      productCategory: contractProduct.productCategory,
      productCode: contractProduct.productCode,
      grantedNumber: granted.assignmentNumber,
      /** For a list's cursor (decision 0031): the time as stored, to the microsecond. */
      createdAtText: timestampText(assignmentRequest.createdAt),
    })
    .from(assignmentRequest)
    .leftJoin(contractProduct, requestedProduct)
    .leftJoin(
      granted,
      and(
        eq(granted.tenantId, assignmentRequest.tenantId),
        eq(granted.id, assignmentRequest.grantedAssignmentId),
      ),
    );
}

type Row = Awaited<ReturnType<ReturnType<typeof selectRequests>['limit']>>[number];

/** Names by id for a page of requests: the household's (team views only) and the client's first name. */
interface RequestNames {
  households: Map<string, string> | null;
  firstNames: Map<string, string>;
}

/**
 * The rows as requests, with the client's first name and (for the team, not the provider) the
 * household's name: one query each for the whole page, from the households module.
 */
export async function toRequests(
  db: Executor,
  tenantId: string,
  rows: readonly Row[],
  opts: { householdName: boolean },
): Promise<AssignmentRequest[]> {
  const ids = (pick: (r: Row['r']) => string | null) => [
    ...new Set(rows.flatMap((row) => pick(row.r) ?? [])),
  ];
  const [households, firstNames] = await Promise.all([
    opts.householdName
      ? householdNames(
          db,
          tenantId,
          ids((r) => r.householdId),
        )
      : null,
    firstNamesOf(
      db,
      tenantId,
      ids((r) => r.personId),
    ),
  ]);
  return rows.map((row) => toRequest(row, { households, firstNames }));
}

function toRequest(row: Row, names: RequestNames): AssignmentRequest {
  const r = row.r;
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    providerReference: r.providerReference,
    organisationId: r.organisationId,
    organisationName: row.organisationName,
    householdId: names.households ? r.householdId : null,
    householdName: names.households && r.householdId ? (names.households.get(r.householdId) ?? null) : null,
    personId: r.personId,
    personFirstName: r.personId ? (names.firstNames.get(r.personId) ?? null) : null,
    productName: row.productName,
    productCategory: row.productCategory,
    productCode: row.productCode,
    volume: r.volume,
    unit: r.unit,
    frequency: r.frequency,
    startDate: r.startDate,
    endDate: r.endDate,
    referrerType: r.referrerType,
    referrerCode: r.referrerCode,
    requestReason: r.requestReason,
    assignmentId: r.assignmentId,
    changes: r.changes?.changed ?? [],
    refusalReason: r.refusalReason,
    refusalMunicipality: r.refusalMunicipality,
    autoRefusal: r.autoRefusal,
    grantedAssignmentId: r.grantedAssignmentId,
    grantedAssignmentNumber: row.grantedNumber,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    version: r.version,
  };
}
