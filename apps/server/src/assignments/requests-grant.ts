import { randomUUID } from 'node:crypto';
import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { approverOfGrant, mayGrantAboveThreshold } from '../policy/decide-request.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { productUnderContract, requireBudgetFits, requireWithinContract } from './contracted-product.ts';
import type { assignmentRequest } from './requests-schema.ts';
import { assignment, contractProduct } from './schema.ts';
import {
  approvalThresholdCents,
  computeBudgetCents,
  issueAssignment,
  lockAssignment,
  nextAssignmentNumber,
} from './service.ts';

type RequestRow = typeof assignmentRequest.$inferSelect;
type AssignmentRow = typeof assignment.$inferSelect;

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** A year from the start (the contract's end if sooner) when the provider asked no end date. */
function defaultEnd(start: string, validUntil: string | null): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y + 1, m - 1, d) - 86_400_000).toISOString().slice(0, 10);
  return validUntil !== null && validUntil < end ? validUntil : end;
}

/** Above the approval threshold only a team lead grants (the coordinator's grant would need approval). */
async function checkThreshold(tx: Executor, actor: Actor, budgets: number[]) {
  for (const b of budgets) requireBudgetFits(b);
  if (mayGrantAboveThreshold(actor)) return;
  const threshold = await approvalThresholdCents(tx, actor.tenantId);
  if (budgets.some((b) => b > threshold)) throw new ProblemError('request_needs_team_lead');
}

/**
 * Grants a JW315: the assignment (budget as createAssignment computes it, no plan action) and the
 * JW301 carrying the provider's ReferentieAanbieder. Returns the new assignment and the JW301.
 */
export async function grantAssignmentRequest(
  tx: Executor,
  actor: Actor,
  request: RequestRow,
  memberPersonIds: readonly string[],
  now: Date,
): Promise<{ assignmentId: string; messageId: string }> {
  const tenantId = actor.tenantId;
  if (!request.personId || !request.householdId || !memberPersonIds.includes(request.personId)) {
    throw new ProblemError('request_client_not_member');
  }
  const product = await productUnderContract(
    tx,
    tenantId,
    request.contractProductId ?? '',
    request.organisationId,
  );
  const startDate = request.startDate as string;
  const endDate = request.endDate ?? defaultEnd(startDate, product.validUntil);
  requireWithinContract(product, startDate, endDate);
  // TR302: the same product may not be assigned twice for overlapping periods (stapeling).
  const overlapping = await tx
    .select({ id: assignment.id })
    .from(assignment)
    .where(
      and(
        eq(assignment.tenantId, tenantId),
        eq(assignment.personId, request.personId),
        eq(assignment.organisationId, request.organisationId),
        eq(assignment.contractProductId, product.id),
        inArray(assignment.status, ['awaiting_approval', 'assigned', 'started']),
        lte(assignment.startDate, endDate),
        gte(assignment.endDate, startDate),
      ),
    )
    .limit(1);
  if (overlapping.length > 0) throw new ProblemError('request_overlaps_assignment');
  const volume = request.volume ?? 1;
  const frequency = request.frequency ?? '2';
  const budgetCents = computeBudgetCents({ volume, frequency, startDate, endDate }, product.tariffCents);
  await checkThreshold(tx, actor, [budgetCents]);
  const id = randomUUID();
  await tx.insert(assignment).values({
    tenantId,
    id,
    assignmentNumber: await nextAssignmentNumber(tx, tenantId),
    householdId: request.householdId,
    personId: request.personId,
    planActionId: null,
    organisationId: request.organisationId,
    contractProductId: product.id,
    volume,
    unit: product.unit,
    frequency,
    startDate,
    endDate,
    referrerType: request.referrerType ?? '06',
    budgetCents,
    status: 'assigned',
    createdBy: actor.userId,
    approvedBy: approverOfGrant(actor),
    providerReference: request.providerReference,
  });
  const messageId = await issueAssignment(tx, tenantId, id, now);
  return { assignmentId: id, messageId };
}

async function tariffOf(tx: Executor, tenantId: string, contractProductId: string) {
  const [p] = await tx
    .select({ tariffCents: contractProduct.tariffCents })
    .from(contractProduct)
    .where(and(eq(contractProduct.tenantId, tenantId), eq(contractProduct.id, contractProductId)))
    .limit(1);
  if (!p) throw new ProblemError('not_found');
  return p.tariffCents;
}

function stillCurrent(a: AssignmentRow, request: RequestRow, today: string) {
  return (
    a.organisationId === request.organisationId &&
    a.personId === request.personId &&
    (a.status === 'assigned' || a.status === 'started') &&
    a.endDate >= today
  );
}

/**
 * Grants a JW317 as the process describes (OP257, OP348, OP380): an end date that changes with the
 * same volume changes the assignment itself; a new volume ends the assignment the day before the
 * desired start and assigns the new volume from then under a new number (or, from the assignment's
 * own start date, changes it for its whole period). Changed assignments carry RedenWijziging 12
 * (initiated by the provider) and the provider's ReferentieAanbieder. One JW301 holds the changed,
 * the new and the unchanged assignments of this client and provider (OP087).
 */
export async function grantChangeRequest(
  tx: Executor,
  actor: Actor,
  request: RequestRow,
  now: Date,
): Promise<{ assignmentId: string; messageId: string }> {
  const tenantId = actor.tenantId;
  const today = amsterdamDate(now);
  const changes = request.changes ?? { changed: [], unchanged: [] };
  const updates: Array<() => Promise<unknown>> = [];
  const budgets: number[] = [];
  const include: string[] = [];
  let main: string | null = null;
  for (const c of changes.changed) {
    const a = await lockAssignment(tx, tenantId, c.assignmentId);
    if (!stillCurrent(a, request, today)) throw new ProblemError('request_change_invalid');
    const tariff = await tariffOf(tx, tenantId, a.contractProductId);
    const volume = c.volume ?? a.volume;
    const frequency = c.frequency ?? a.frequency;
    const endDate = c.endDate ?? a.endDate;
    const where = and(eq(assignment.tenantId, tenantId), eq(assignment.id, a.id));
    const sameVolume = volume === a.volume && frequency === a.frequency;
    if (c.desiredStart > endDate) throw new ProblemError('request_change_invalid');
    if (sameVolume || c.desiredStart <= a.startDate) {
      // The assignment itself changes: its end date (OP380) or, from its own start, its volume.
      const budgetCents = computeBudgetCents({ volume, frequency, startDate: a.startDate, endDate }, tariff);
      budgets.push(budgetCents);
      updates.push(() =>
        tx
          .update(assignment)
          .set({
            endDate,
            volume,
            frequency,
            budgetCents,
            changeReason: '12',
            providerReference: request.providerReference,
            version: a.version + 1,
          })
          .where(where),
      );
      include.push(a.id);
      main ??= a.id;
      continue;
    }
    // A new volume from a later date: the current assignment ends the day before (OP257).
    const oldEnd = dayBefore(c.desiredStart);
    const oldBudget = computeBudgetCents(
      { volume: a.volume, frequency: a.frequency, startDate: a.startDate, endDate: oldEnd },
      tariff,
    );
    const newBudget = computeBudgetCents({ volume, frequency, startDate: c.desiredStart, endDate }, tariff);
    budgets.push(newBudget);
    const newId = randomUUID();
    updates.push(async () => {
      await tx
        .update(assignment)
        .set({ endDate: oldEnd, budgetCents: oldBudget, changeReason: '12', version: a.version + 1 })
        .where(where);
      await tx.insert(assignment).values({
        tenantId,
        id: newId,
        assignmentNumber: await nextAssignmentNumber(tx, tenantId),
        householdId: a.householdId,
        personId: a.personId,
        planActionId: a.planActionId,
        organisationId: a.organisationId,
        contractProductId: a.contractProductId,
        volume,
        unit: a.unit,
        frequency,
        startDate: c.desiredStart,
        endDate,
        referrerType: a.referrerType,
        budgetCents: newBudget,
        status: 'assigned',
        createdBy: actor.userId,
        approvedBy: approverOfGrant(actor),
        providerReference: request.providerReference,
      });
    });
    include.push(a.id, newId);
    main = newId;
  }
  if (!main) throw new ProblemError('request_change_invalid');
  await checkThreshold(tx, actor, budgets);
  for (const update of updates) await update();
  // The unchanged current assignments of this client and provider go in the same JW301 (OP087).
  for (const number of changes.unchanged) {
    const [u] = await tx
      .select()
      .from(assignment)
      .where(and(eq(assignment.tenantId, tenantId), eq(assignment.assignmentNumber, number)))
      .limit(1);
    if (u && stillCurrent(u, request, today) && !include.includes(u.id)) include.push(u.id);
  }
  const mainId: string = main;
  const messageId = await issueAssignment(
    tx,
    tenantId,
    mainId,
    now,
    include.filter((id) => id !== mainId),
  );
  return { assignmentId: mainId, messageId };
}
