import type { PlanState } from '@een-plan/contracts';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { auditSuccess, authorizePlan } from './access.ts';
import { agreementStatus } from './agreement.ts';
import { checkVersion, requirePlan } from './current-plan.ts';
import { plan, planEvaluation } from './schema.ts';

/** State machine of the plan. `agreed` is reached through agreements (or checked explicitly). */
export const TRANSITIONS: Record<PlanState, PlanState[]> = {
  concept: ['agreed'],
  agreed: ['active'],
  active: ['in_evaluation'],
  in_evaluation: ['active', 'closed'],
  closed: [],
};

export async function transitionPlan(
  db: Db,
  actor: Actor,
  householdId: string,
  input: { version: number; to: PlanState },
  ctx: RequestOrigin,
) {
  await db.transaction(async (tx) => {
    const { h } = await authorizePlan(tx, actor, householdId, 'plan.transition', ctx, {
      action: 'plan.transition',
    });
    const p = await requirePlan(tx, actor.tenantId, householdId, true);
    checkVersion(p, input.version);
    const from = p.state;
    if (!TRANSITIONS[from].includes(input.to)) {
      throw new ProblemError('plan_transition_not_allowed', `${from} -> ${input.to}`);
    }
    if (input.to === 'agreed' || (from === 'in_evaluation' && input.to === 'active')) {
      const status = await agreementStatus(tx, actor.tenantId, h, p);
      if (!status.complete) throw new ProblemError('plan_agreement_incomplete');
    }
    if (input.to === 'closed') {
      const [e] = await tx
        .select({ id: planEvaluation.id })
        .from(planEvaluation)
        .where(and(eq(planEvaluation.tenantId, actor.tenantId), eq(planEvaluation.planId, p.id)))
        .limit(1);
      if (!e) throw new ProblemError('plan_evaluation_missing');
    }
    await tx
      .update(plan)
      .set({
        state: input.to,
        updatedAt: new Date(),
        closedAt: input.to === 'closed' ? new Date() : null,
        agreedVersion: input.to === 'agreed' ? p.version : p.agreedVersion,
      })
      .where(and(eq(plan.tenantId, actor.tenantId), eq(plan.id, p.id)));
    await auditSuccess(tx, actor, ctx, householdId, 'plan.transition', { planId: p.id, from, to: input.to });
  });
}
