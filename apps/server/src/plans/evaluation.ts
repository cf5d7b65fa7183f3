import { randomUUID } from 'node:crypto';
import type { PlanEvaluationInput as PlanEvaluationSchema } from '@een-plan/contracts';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { lifeDomainCodes } from '../tenancy/life-domains.ts';
import { auditSuccess, authorizePlan } from './access.ts';
import { loadContent } from './content.ts';
import { seal } from './crypto.ts';
import { checkVersion, requirePlan } from './current-plan.ts';
import { plan, planEvaluation } from './schema.ts';
import { listScores, recordEvaluationScores } from './self-reliance.ts';

type ParsedEvaluation = z.output<typeof PlanEvaluationSchema>;

export async function recordEvaluation(
  db: Db,
  actor: Actor,
  householdId: string,
  input: ParsedEvaluation,
  ctx: RequestOrigin,
) {
  return db.transaction(async (tx) => {
    const { h } = await authorizePlan(tx, actor, householdId, 'plan.evaluate', ctx, {
      action: 'plan.evaluate',
    });
    const p = await requirePlan(tx, actor.tenantId, householdId, true);
    if (p.state !== 'in_evaluation') throw new ProblemError('plan_not_in_evaluation');
    checkVersion(p, input.version);
    const content = await loadContent(tx, actor.tenantId, p);
    const goalIds = new Set(content.goals.map((g) => g.id));
    const memberIds = new Set(h.members.map((m) => m.personId));
    const domains = await lifeDomainCodes(tx);
    const errors: Array<{ path: string; code: string; message: { nl: string; en: string } }> = [];
    input.goalResults.forEach((r, i) => {
      if (!goalIds.has(r.goalId)) {
        errors.push({
          path: `body.goalResults.${i}.goalId`,
          code: 'invalid_reference',
          message: { nl: 'Dit doel hoort niet bij dit plan.', en: 'This goal does not belong to this plan.' },
        });
      }
    });
    input.scores.forEach((s, i) => {
      if (!memberIds.has(s.personId)) {
        errors.push({
          path: `body.scores.${i}.personId`,
          code: 'invalid_reference',
          message: {
            nl: 'Deze persoon hoort niet bij het huishouden.',
            en: 'This person is not a member of the household.',
          },
        });
      }
      if (!domains.has(s.domainCode)) {
        errors.push({
          path: `body.scores.${i}.domainCode`,
          code: 'invalid_reference',
          message: { nl: 'Kies een bestaand leefgebied.', en: 'Choose an existing life domain.' },
        });
      }
    });
    if (errors.length > 0) throw new ProblemError('validation_failed', undefined, errors);
    const id = randomUUID();
    await tx.insert(planEvaluation).values({
      tenantId: actor.tenantId,
      id,
      planId: p.id,
      planVersion: p.version,
      evaluatedOn: input.evaluatedOn,
      goalResults: input.goalResults,
      nextSteps: seal(input.nextSteps),
      nextEvaluationDate: input.nextEvaluationDate ?? null,
      recordedBy: actor.userId,
    });
    await recordEvaluationScores(tx, actor, {
      householdId,
      measuredOn: input.evaluatedOn,
      sourceId: id,
      scores: input.scores,
    });
    if (input.nextEvaluationDate !== undefined) {
      await tx
        .update(plan)
        .set({ nextEvaluationDate: input.nextEvaluationDate, updatedAt: new Date() })
        .where(and(eq(plan.tenantId, actor.tenantId), eq(plan.id, p.id)));
    }
    await auditSuccess(tx, actor, ctx, householdId, 'plan.evaluate', {
      planId: p.id,
      evaluationId: id,
      scores: input.scores.length,
    });
    return id;
  });
}

export async function selfRelianceTrend(db: Db, actor: Actor, householdId: string, ctx: RequestOrigin) {
  await authorizePlan(db, actor, householdId, 'plan.read', ctx, {
    action: 'self_reliance.read',
    dataCategory: 'self_reliance',
  });
  const points = await listScores(db, actor, householdId);
  await auditSuccess(
    db,
    actor,
    ctx,
    householdId,
    'self_reliance.read',
    { points: points.length },
    'self_reliance',
  );
  return { points };
}
