import type {
  ApprovalWaiting,
  DeclarationAttention,
  ProviderAssignmentItem,
  ProviderRequestItem,
} from '@een-plan/contracts';
import { toIjwDatum } from '@een-plan/ijw';
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { recordListed } from '../audit/record.ts';
import type { Executor } from '../db/database.ts';
import {
  countPerHouseholdArea,
  firstNamesOf,
  type HouseholdAreaSubquery,
} from '../households/home-queries.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { PROVIDER_ASSIGNMENTS_READ, PROVIDER_REQUESTS_READ } from './assignment-access.ts';
import { productOfAssignment } from './assignment-row.ts';
import { declaration } from './declarations-schema.ts';
import { requestedProduct } from './requests-rows.ts';
import { assignmentRequest } from './requests-schema.ts';
import { assignment, contractProduct, ijwMessage } from './schema.ts';
import { assignmentSettings, startDueDate, startOverdue } from './settings.ts';

type Short<T> = { items: T[]; total: number };

/**
 * Assignments above the budget threshold waiting for the team lead's approval, among the team's
 * households (`households`: id → name, from the households module's caseload).
 */
export async function listApprovalsWaiting(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  households: Map<string, string>,
  limit: number,
): Promise<Short<z.infer<typeof ApprovalWaiting>>> {
  if (households.size === 0) return { items: [], total: 0 };
  const waiting = and(
    eq(assignment.tenantId, actor.tenantId),
    eq(assignment.status, 'awaiting_approval'),
    inArray(assignment.householdId, [...households.keys()]),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ a: assignment, productName: contractProduct.name })
      .from(assignment)
      .innerJoin(contractProduct, productOfAssignment)
      .where(waiting)
      .orderBy(asc(assignment.createdAt))
      .limit(limit),
    db.select({ n: count() }).from(assignment).where(waiting),
  ]);
  await recordListed(
    db,
    actor,
    ctx,
    { ...PROVIDER_ASSIGNMENTS_READ, purpose: 'approval' },
    rows.map((r) => r.a.id),
  );
  return {
    total: Number(total?.n ?? 0),
    items: rows.map(({ a, productName }) => ({
      assignmentId: a.id,
      assignmentNumber: a.assignmentNumber,
      householdId: a.householdId,
      householdName: households.get(a.householdId) ?? '',
      productName,
      budgetCents: a.budgetCents,
      createdAt: a.createdAt.toISOString(),
    })),
  };
}

/**
 * The provider's assignments that still wait for a start report (JW305): issued to its own
 * organisation (status assigned), split into those still in time and those past the start norm.
 */
export async function listProviderStartsToReport(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  limit: number,
  now = new Date(),
): Promise<{ fresh: Short<ProviderItem>; overdue: Short<ProviderItem> }> {
  if (!actor.organisationId) return { fresh: { items: [], total: 0 }, overdue: { items: [], total: 0 } };
  const rows = await db
    .select({ a: assignment, productName: contractProduct.name })
    .from(assignment)
    .innerJoin(contractProduct, productOfAssignment)
    .where(
      and(
        eq(assignment.tenantId, actor.tenantId),
        eq(assignment.organisationId, actor.organisationId),
        // Issued and not yet started: what isIssuedTo allows the provider to see and answer.
        eq(assignment.status, 'assigned'),
      ),
    )
    .orderBy(asc(assignment.startDate), asc(assignment.assignmentNumber))
    .limit(500);
  const { startWarningDays } = await assignmentSettings(db, actor.tenantId);
  const today = toIjwDatum(now);
  const names = await firstNamesOf(db, actor.tenantId, [...new Set(rows.map((r) => r.a.personId))]);
  const all = rows.map(({ a, productName }) => {
    const due = startDueDate(a, startWarningDays);
    return {
      overdue: startOverdue(due, today),
      item: {
        assignmentId: a.id,
        assignmentNumber: a.assignmentNumber,
        personFirstName: names.get(a.personId) ?? '',
        productName,
        startDate: a.startDate,
        startDueDate: due,
      },
    };
  });
  const overdue = all.filter((x) => x.overdue).map((x) => x.item);
  const fresh = all.filter((x) => !x.overdue).map((x) => x.item);
  const shown = [...overdue.slice(0, limit), ...fresh.slice(0, limit)];
  await recordListed(
    db,
    actor,
    ctx,
    PROVIDER_ASSIGNMENTS_READ,
    shown.map((i) => i.assignmentId),
    { organisationId: actor.organisationId },
  );
  return {
    overdue: { items: overdue.slice(0, limit), total: overdue.length },
    fresh: { items: fresh.slice(0, limit), total: fresh.length },
  };
}
type ProviderItem = z.infer<typeof ProviderAssignmentItem>;

/** The provider's declarations the municipality (partly) rejected: they need a correction. */
export async function listDeclarationsNeedingAttention(
  db: Executor,
  actor: Actor,
  limit: number,
): Promise<Short<z.infer<typeof DeclarationAttention>>> {
  if (!actor.organisationId) return { items: [], total: 0 };
  const attention = and(
    eq(declaration.tenantId, actor.tenantId),
    eq(declaration.organisationId, actor.organisationId),
    inArray(declaration.status, ['rejected', 'partly_approved']),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({
        declarationNumber: declaration.declarationNumber,
        status: declaration.status,
        submittedCents: declaration.submittedCents,
        approvedCents: declaration.approvedCents,
        createdAt: declaration.createdAt,
      })
      .from(declaration)
      .where(attention)
      .orderBy(desc(declaration.createdAt))
      .limit(limit),
    db.select({ n: count() }).from(declaration).where(attention),
  ]);
  return {
    total: Number(total?.n ?? 0),
    items: rows.map(({ createdAt, ...r }) => ({ ...r, declaredAt: createdAt.toISOString() })),
  };
}

/** Set-up health: outgoing iJw messages that failed or still wait for delivery. */
export async function countOutboxProblems(
  db: Executor,
  tenantId: string,
): Promise<{ failed: number; pending: number }> {
  const rows = await db
    .select({ status: ijwMessage.status, n: count() })
    .from(ijwMessage)
    .where(
      and(
        eq(ijwMessage.tenantId, tenantId),
        eq(ijwMessage.direction, 'out'),
        inArray(ijwMessage.status, ['failed', 'pending']),
      ),
    )
    .groupBy(ijwMessage.status);
  const n = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
  return { failed: n('failed'), pending: n('pending') };
}

/** Figures: assignments issued and running (assigned or started), per area of the household. */
export async function countRunningAssignmentsByArea(
  db: Executor,
  tenantId: string,
  householdArea: HouseholdAreaSubquery,
): Promise<Map<string, number>> {
  return countPerHouseholdArea(db, householdArea, {
    table: assignment,
    householdId: assignment.householdId,
    where: and(eq(assignment.tenantId, tenantId), inArray(assignment.status, ['assigned', 'started'])),
  });
}

/** The provider's own requests (JW315/JW317) the municipality has not yet answered. */
export async function listOpenProviderRequests(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  limit: number,
): Promise<Short<z.infer<typeof ProviderRequestItem>>> {
  if (!actor.organisationId) return { items: [], total: 0 };
  const open = and(
    eq(assignmentRequest.tenantId, actor.tenantId),
    eq(assignmentRequest.organisationId, actor.organisationId),
    eq(assignmentRequest.status, 'open'),
  );
  const [rows, [total]] = await Promise.all([
    db
      .select({ r: assignmentRequest, productName: contractProduct.name })
      .from(assignmentRequest)
      .leftJoin(contractProduct, requestedProduct)
      .where(open)
      .orderBy(desc(assignmentRequest.createdAt))
      .limit(limit),
    db.select({ n: count() }).from(assignmentRequest).where(open),
  ]);
  await recordListed(
    db,
    actor,
    ctx,
    PROVIDER_REQUESTS_READ,
    rows.map(({ r }) => r.id),
    { organisationId: actor.organisationId },
  );
  return {
    total: Number(total?.n ?? 0),
    items: rows.map(({ r, productName }) => ({
      requestId: r.id,
      kind: r.kind,
      providerReference: r.providerReference,
      productName,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}
