import { randomUUID } from 'node:crypto';
import type { AssignmentInput } from '@een-plan/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAccess } from '../audit/record.ts';
import type { Executor } from '../db/database.ts';
import { inTransaction } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import { findOpenPlanAction } from '../plans/action-lookup.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { assignmentAccess, authorizeHousehold } from './assignment-access.ts';
import { checkVersion, lockAssignment } from './assignment-row.ts';
import { productUnderContract, requireBudgetFits, requireWithinContract } from './contracted-product.ts';
import { approvalThresholdCents, computeBudgetCents } from './contracts.ts';
import { issueAssignment } from './issue.ts';
import { assignment } from './schema.ts';

// Assign (municipality)

async function loadActionForAssignment(
  tx: Executor,
  tenantId: string,
  householdId: string,
  actionId: string,
) {
  const row = await findOpenPlanAction(tx, tenantId, actionId);
  if (!row || row.householdId !== householdId) throw new ProblemError('not_found');
  if (row.level !== 2 || row.ownerKind !== 'provider')
    throw new ProblemError('assignment_action_not_provider');
  return row;
}

export async function nextAssignmentNumber(tx: Executor, tenantId: string): Promise<number> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`assignment-number:${tenantId}`}, 0))`,
  );
  const [row] = await tx
    .select({ max: sql<number | null>`max(${assignment.assignmentNumber})` })
    .from(assignment)
    .where(eq(assignment.tenantId, tenantId));
  return Number(row?.max ?? 1000) + 1;
}

export async function createAssignment(
  db: Executor,
  actor: Actor,
  householdId: string,
  input: z.output<typeof AssignmentInput>,
  ctx: RequestOrigin,
  opts: { id?: string; now?: Date } = {},
): Promise<{ id: string; status: string; budgetCents: number }> {
  return inTransaction(db, async (tx) => {
    const facts = await authorizeHousehold(
      tx,
      actor,
      householdId,
      'assignment.create',
      { action: 'assignment.create' },
      ctx,
    );
    const action = await loadActionForAssignment(tx, actor.tenantId, householdId, input.planActionId);
    if (!facts.memberPersonIds.includes(input.personId))
      throw new ProblemError('assignment_person_not_member');
    if (input.endDate < input.startDate) throw new ProblemError('assignment_dates_invalid');
    const product = await productUnderContract(tx, actor.tenantId, input.contractProductId, action.ownerRef);
    requireWithinContract(product, input.startDate, input.endDate);
    const budgetCents = computeBudgetCents(input, product.tariffCents);
    requireBudgetFits(budgetCents);
    const threshold = await approvalThresholdCents(tx, actor.tenantId);
    const needsApproval = budgetCents > threshold;
    const id = opts.id ?? randomUUID();
    const assignmentNumber = await nextAssignmentNumber(tx, actor.tenantId);
    await tx.insert(assignment).values({
      tenantId: actor.tenantId,
      id,
      assignmentNumber,
      householdId,
      personId: input.personId,
      planActionId: input.planActionId,
      organisationId: product.organisationId,
      contractProductId: product.id,
      volume: input.volume,
      unit: product.unit,
      frequency: input.frequency,
      startDate: input.startDate,
      endDate: input.endDate,
      referrerType: input.referrerType,
      budgetCents,
      status: needsApproval ? 'awaiting_approval' : 'assigned',
      createdBy: actor.userId,
    });
    if (!needsApproval) await issueAssignment(tx, actor.tenantId, id, opts.now ?? new Date());
    await recordAccess(tx, actor, ctx, assignmentAccess('assignment.create', { household: householdId }), {
      assignmentId: id,
      budgetCents,
      needsApproval,
      organisationId: product.organisationId,
    });
    return { id, status: needsApproval ? 'awaiting_approval' : 'assigned', budgetCents };
  });
}

/** A team lead of the household's team approves (JW301 goes out) or rejects an assignment. */
export async function decideApproval(
  db: Executor,
  actor: Actor,
  assignmentId: string,
  input: { version: number; approve: boolean },
  ctx: RequestOrigin,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    const a = await lockAssignment(tx, actor.tenantId, assignmentId);
    await authorizeHousehold(
      tx,
      actor,
      a.householdId,
      'assignment.approve',
      { action: 'assignment.approve' },
      ctx,
    );
    if (a.status !== 'awaiting_approval') throw new ProblemError('assignment_wrong_status');
    checkVersion(a, input.version);
    await tx
      .update(assignment)
      .set({
        status: input.approve ? 'assigned' : 'rejected',
        approvedBy: actor.userId,
        version: a.version + 1,
      })
      .where(and(eq(assignment.tenantId, actor.tenantId), eq(assignment.id, assignmentId)));
    if (input.approve) await issueAssignment(tx, actor.tenantId, assignmentId, new Date());
    await recordAccess(tx, actor, ctx, assignmentAccess('assignment.approve', { assignment: assignmentId }), {
      approved: input.approve,
    });
  });
}
