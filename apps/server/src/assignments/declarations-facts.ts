import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { bsnsOf } from '../households/home-queries.ts';
import { productOfAssignment, toOrganisation } from './assignment-row.ts';
import { declarationLine } from './declarations-schema.ts';
import { assignment, contractProduct } from './schema.ts';

export interface AssignmentFacts {
  id: string;
  assignmentNumber: number;
  bsn: string | null;
  productCategory: string;
  productCode: string;
  executionVariant: string;
  tariffCents: number;
  unit: string;
  volume: number;
  frequency: string;
  startDate: string;
  endDate: string;
  startedOn: string | null;
  stoppedOn: string | null;
}

/** A line as the checks see it: stored earlier, or approved earlier in the same message. */
export interface KnownLine {
  assignmentId: string | null;
  referenceNumber: string;
  previousReferenceNumber: string | null;
  productCategory: string;
  productCode: string | null;
  periodStart: string;
  periodEnd: string;
  volume: number;
  debitCredit: string;
  status: string;
}

export async function loadAssignments(
  tx: Executor,
  tenantId: string,
  organisationId: string,
  numbers: number[],
): Promise<Map<number, AssignmentFacts>> {
  if (numbers.length === 0) return new Map();
  const rows = await tx
    .select({
      id: assignment.id,
      assignmentNumber: assignment.assignmentNumber,
      status: assignment.status,
      personId: assignment.personId,
      productCategory: contractProduct.productCategory,
      productCode: contractProduct.productCode,
      executionVariant: contractProduct.executionVariant,
      tariffCents: contractProduct.tariffCents,
      unit: assignment.unit,
      volume: assignment.volume,
      frequency: assignment.frequency,
      startDate: assignment.startDate,
      endDate: assignment.endDate,
      startedOn: assignment.startedOn,
      stoppedOn: assignment.stoppedOn,
    })
    .from(assignment)
    .innerJoin(contractProduct, productOfAssignment)
    .where(
      and(
        toOrganisation(tenantId, organisationId),
        inArray(assignment.assignmentNumber, numbers),
        // Only issued assignments (a JW301 went out) can be declared on.
        inArray(assignment.status, ['assigned', 'started', 'stopped']),
      ),
    )
    // Lines of one assignment are judged one after another, also by concurrent declarations.
    .for('update', { of: assignment });
  const bsns = await bsnsOf(
    tx,
    tenantId,
    rows.map((r) => r.personId),
  );
  return new Map(
    rows.map(({ personId, ...r }) => [r.assignmentNumber, { ...r, bsn: bsns.get(personId) ?? null }]),
  );
}

export async function loadKnownLines(
  tx: Executor,
  tenantId: string,
  organisationId: string,
  assignmentIds: string[],
  referenceNumbers: string[],
): Promise<KnownLine[]> {
  const conditions = [];
  if (assignmentIds.length > 0) {
    conditions.push(
      and(inArray(declarationLine.assignmentId, assignmentIds), eq(declarationLine.status, 'approved')),
    );
  }
  if (referenceNumbers.length > 0)
    conditions.push(inArray(declarationLine.referenceNumber, referenceNumbers));
  if (conditions.length === 0) return [];
  return tx
    .select({
      assignmentId: declarationLine.assignmentId,
      referenceNumber: declarationLine.referenceNumber,
      previousReferenceNumber: declarationLine.previousReferenceNumber,
      productCategory: declarationLine.productCategory,
      productCode: declarationLine.productCode,
      periodStart: declarationLine.periodStart,
      periodEnd: declarationLine.periodEnd,
      volume: declarationLine.volume,
      debitCredit: declarationLine.debitCredit,
      status: declarationLine.status,
    })
    .from(declarationLine)
    .where(
      and(
        eq(declarationLine.tenantId, tenantId),
        eq(declarationLine.organisationId, organisationId),
        // A line rejected as a duplicate (8021) does not hold its ReferentieNummer.
        sql`NOT ('8021' = ANY (${declarationLine.rejectionCodes}))`,
        or(...conditions),
      ),
    );
}
