import { randomUUID } from 'node:crypto';
import type { PlanProposalInput } from '@een-plan/contracts';
import { and, eq } from 'drizzle-orm';
import { findUser } from '../auth/users.ts';
import type { Db, Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { unknownLifeDomains } from '../tenancy/life-domains.ts';
import { auditSuccess, authorizePlan } from './access.ts';
import { loadContent, writeVersion } from './content.ts';
import { open, seal } from './crypto.ts';
import { checkVersion, requirePlan } from './current-plan.ts';
import { planComment, planGoal, planProposal } from './schema.ts';

/** Whether the goal belongs to this plan (a proposal or comment may only name the plan's own goals). */
async function planHasGoal(db: Executor, tenantId: string, planId: string, goalId: string) {
  const [g] = await db
    .select({ id: planGoal.id })
    .from(planGoal)
    .where(and(eq(planGoal.tenantId, tenantId), eq(planGoal.planId, planId), eq(planGoal.id, goalId)))
    .limit(1);
  return g !== undefined;
}

export async function proposeToPlan(
  db: Db,
  actor: Actor,
  householdId: string,
  input: PlanProposalInput,
  ctx: RequestOrigin,
) {
  return db.transaction(async (tx) => {
    await authorizePlan(tx, actor, householdId, 'plan.propose', ctx, { action: 'plan.propose' });
    const p = await requirePlan(tx, actor.tenantId, householdId);
    if (p.state === 'closed') throw new ProblemError('plan_closed');
    if (input.kind === 'action') {
      if (!(await planHasGoal(tx, actor.tenantId, p.id, input.goalId))) {
        throw new ProblemError('validation_failed', undefined, [
          {
            path: 'body.goalId',
            code: 'invalid_reference',
            message: {
              nl: 'Dit doel hoort niet bij dit plan.',
              en: 'This goal does not belong to this plan.',
            },
          },
        ]);
      }
    } else {
      if ((await unknownLifeDomains(tx, [input.domainCode])).length > 0) {
        throw new ProblemError('validation_failed', undefined, [
          {
            path: 'body.domainCode',
            code: 'invalid_reference',
            message: { nl: 'Kies een bestaand leefgebied.', en: 'Choose an existing life domain.' },
          },
        ]);
      }
    }
    const id = randomUUID();
    await tx.insert(planProposal).values({
      tenantId: actor.tenantId,
      id,
      planId: p.id,
      kind: input.kind,
      goalId: input.kind === 'action' ? input.goalId : null,
      domainCode: input.kind === 'goal' ? input.domainCode : null,
      text: seal(input.text),
      proposedBy: actor.userId,
    });
    await auditSuccess(tx, actor, ctx, householdId, 'plan.propose', {
      planId: p.id,
      proposalId: id,
      kind: input.kind,
    });
    return id;
  });
}

export async function decideProposal(
  db: Db,
  actor: Actor,
  householdId: string,
  proposalId: string,
  input: { version: number; decision: 'accept' | 'decline' },
  ctx: RequestOrigin,
) {
  await db.transaction(async (tx) => {
    const { h } = await authorizePlan(tx, actor, householdId, 'plan.decide_proposal', ctx, {
      action: 'plan.decide_proposal',
    });
    const p = await requirePlan(tx, actor.tenantId, householdId, true);
    if (p.state === 'closed') throw new ProblemError('plan_closed');
    checkVersion(p, input.version);
    const [proposal] = await tx
      .select()
      .from(planProposal)
      .where(
        and(
          eq(planProposal.tenantId, actor.tenantId),
          eq(planProposal.planId, p.id),
          eq(planProposal.id, proposalId),
        ),
      )
      .limit(1);
    const proposedBy = proposal && (await findUser(tx, actor.tenantId, proposal.proposedBy));
    if (!proposal || !proposedBy) throw new ProblemError('not_found');
    const prop = { proposal, proposerPersonId: proposedBy.personId };
    if (prop.proposal.status !== 'open') throw new ProblemError('plan_proposal_decided');
    if (input.decision === 'accept') {
      const content = await loadContent(tx, actor.tenantId, p);
      const proposer = h.members.find((m) => m.personId === prop.proposerPersonId);
      const { domainCode } = prop.proposal;
      if (prop.proposal.kind === 'goal') {
        // A goal proposal always names its life domain (checked when it was proposed).
        if (domainCode === null) throw new ProblemError('plan_proposal_decided', 'goal without life domain');
        content.goals.push({
          id: randomUUID(),
          domainCode,
          description: open(prop.proposal.text),
          achievedWhen: 'Nog samen afspreken',
          priority: 'medium',
          targetDate: null,
          concernsPersonIds: [],
          actions: [],
        });
      } else {
        const goal = content.goals.find((g) => g.id === prop.proposal.goalId);
        if (!goal) throw new ProblemError('plan_proposal_decided', 'goal removed');
        goal.actions.push({
          id: randomUUID(),
          goalId: goal.id,
          description: open(prop.proposal.text),
          owner: proposer
            ? { kind: 'household_member', ref: proposer.personId, label: proposer.firstName }
            : { kind: 'professional', ref: actor.userId, label: actor.displayName },
          level: 0,
          startDate: null,
          endDate: null,
          status: 'open',
        });
      }
      await writeVersion(tx, actor, p, content, 'proposal_accepted');
    }
    await tx
      .update(planProposal)
      .set({
        status: input.decision === 'accept' ? 'accepted' : 'declined',
        decidedBy: actor.userId,
        decidedAt: new Date(),
      })
      .where(and(eq(planProposal.tenantId, actor.tenantId), eq(planProposal.id, proposalId)));
    await auditSuccess(tx, actor, ctx, householdId, 'plan.decide_proposal', {
      planId: p.id,
      proposalId,
      decision: input.decision,
    });
  });
}

export async function commentOnPlan(
  db: Db,
  actor: Actor,
  householdId: string,
  input: { text: string; goalId?: string | undefined },
  ctx: RequestOrigin,
) {
  return db.transaction(async (tx) => {
    await authorizePlan(tx, actor, householdId, 'plan.comment', ctx, { action: 'plan.comment' });
    const p = await requirePlan(tx, actor.tenantId, householdId);
    if (input.goalId) {
      if (!(await planHasGoal(tx, actor.tenantId, p.id, input.goalId))) throw new ProblemError('not_found');
    }
    const id = randomUUID();
    await tx.insert(planComment).values({
      tenantId: actor.tenantId,
      id,
      planId: p.id,
      goalId: input.goalId ?? null,
      text: seal(input.text),
      authorId: actor.userId,
    });
    await auditSuccess(tx, actor, ctx, householdId, 'plan.comment', { planId: p.id, commentId: id });
    return id;
  });
}
