import type { AssignmentRequest } from '@een-plan/contracts';
import { and, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { recordAudit } from '../audit/record.ts';
import type { Executor } from '../db/database.ts';
import { household, person } from '../households/schema.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { organisation } from '../tenancy/schema.ts';
import { assignmentRequest } from './requests-schema.ts';
import { assignment, contractProduct } from './schema.ts';

export const granted = alias(assignment, 'granted_assignment');

export function selectRequests(db: Executor) {
  return db
    .select({
      r: assignmentRequest,
      organisationName: organisation.name,
      householdName: household.name,
      personFirstName: person.firstName,
      productName: contractProduct.name,
      productCategory: contractProduct.productCategory,
      productCode: contractProduct.productCode,
      grantedNumber: granted.assignmentNumber,
    })
    .from(assignmentRequest)
    .innerJoin(
      organisation,
      and(
        eq(organisation.tenantId, assignmentRequest.tenantId),
        eq(organisation.id, assignmentRequest.organisationId),
      ),
    )
    .leftJoin(
      household,
      and(
        eq(household.tenantId, assignmentRequest.tenantId),
        eq(household.id, assignmentRequest.householdId),
      ),
    )
    .leftJoin(
      person,
      and(eq(person.tenantId, assignmentRequest.tenantId), eq(person.id, assignmentRequest.personId)),
    )
    .leftJoin(
      contractProduct,
      and(
        eq(contractProduct.tenantId, assignmentRequest.tenantId),
        eq(contractProduct.id, assignmentRequest.contractProductId),
      ),
    )
    .leftJoin(
      granted,
      and(
        eq(granted.tenantId, assignmentRequest.tenantId),
        eq(granted.id, assignmentRequest.grantedAssignmentId),
      ),
    );
}

export type Row = Awaited<ReturnType<ReturnType<typeof selectRequests>['limit']>>[number];

export function toRequest(row: Row, opts: { householdName: boolean }): AssignmentRequest {
  const r = row.r;
  return {
    id: r.id,
    kind: r.kind as AssignmentRequest['kind'],
    status: r.status as AssignmentRequest['status'],
    providerReference: r.providerReference,
    organisationId: r.organisationId,
    organisationName: row.organisationName,
    householdId: opts.householdName ? r.householdId : null,
    householdName: opts.householdName ? row.householdName : null,
    personId: r.personId,
    personFirstName: row.personFirstName,
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
    refusalReason: r.refusalReason as AssignmentRequest['refusalReason'],
    refusalMunicipality: r.refusalMunicipality,
    autoRefusal: r.autoRefusal,
    grantedAssignmentId: r.grantedAssignmentId,
    grantedAssignmentNumber: row.grantedNumber,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    version: r.version,
  };
}

// ---------------------------------------------------------------------------------------------
// Provider: submit from the screen (the same judgement as a JW315/JW317 over HTTP)

/** A provider's request action in the audit log (the organisation always in the details). */
export async function auditProvider(
  tx: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  action: string,
  requestId: string | null,
  details: Record<string, string | number | boolean | null>,
) {
  await recordAudit(tx, {
    tenantId: actor.tenantId,
    actor,
    action,
    outcome: 'success',
    subjectType: 'assignment_request',
    ...(requestId ? { subjectId: requestId } : {}),
    dataCategory: 'assignment',
    purpose: 'youth_care_delivery',
    ...ctx,
    details: { organisationId: actor.organisationId, ...details },
  });
}
