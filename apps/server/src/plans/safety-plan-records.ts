/**
 * What happens over time around the safety plan: checks recorded as done and scores on the 0–10
 * safety scale. Observations, not content: they make no new plan version and need no agreement.
 */

import { randomUUID } from 'node:crypto';
import {
  SAFETY_SCALE_DEFAULT_THRESHOLD,
  type SafetyCheckDoneInput,
  type SafetyOwnScoreInput,
  type SafetyScore,
  type SafetyScoreInput,
} from '@een-plan/contracts';
import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { findProfessionalNames } from '../auth/users.ts';
import type { Db, Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import { listActiveNetworkNames } from '../network/service.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { loadContent } from './content.ts';
import { open, seal } from './crypto.ts';
import { requirePlan } from './current-plan.ts';
import { userNames } from './names.ts';
import { auditSafetyPlan, authorizeSafetyPlan } from './safety-plan-access.ts';
import { planSafetyCheckDone, planSafetyScore, planSafetySetting } from './schema.ts';

export async function scaleThreshold(db: Executor, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ v: planSafetySetting.scaleThreshold })
    .from(planSafetySetting)
    .where(eq(planSafetySetting.tenantId, tenantId))
    .limit(1);
  return row?.v ?? SAFETY_SCALE_DEFAULT_THRESHOLD;
}

export async function checksDoneOf(db: Executor, tenantId: string, planId: string) {
  const rows = await db
    .select()
    .from(planSafetyCheckDone)
    .where(and(eq(planSafetyCheckDone.tenantId, tenantId), eq(planSafetyCheckDone.planId, planId)))
    .orderBy(asc(planSafetyCheckDone.checkedOn))
    .limit(500);
  const names = await userNames(
    db,
    tenantId,
    rows.map((r) => r.recordedBy),
  );
  return rows.map((r) => ({
    id: r.id,
    checkId: r.checkId,
    checkedOn: r.checkedOn,
    note: open(r.note),
    recordedByName: names.get(r.recordedBy) ?? '',
  }));
}

export async function scoresOf(db: Executor, tenantId: string, planId: string): Promise<SafetyScore[]> {
  const rows = await db
    .select()
    .from(planSafetyScore)
    .where(and(eq(planSafetyScore.tenantId, tenantId), eq(planSafetyScore.planId, planId)))
    .orderBy(asc(planSafetyScore.scoredOn), asc(planSafetyScore.createdAt))
    .limit(2000);
  return rows.map((r) => ({
    participant: {
      kind: r.participantKind,
      ref: r.participantRef,
      label: r.participantLabel,
    },
    score: r.score,
    scoredOn: r.scoredOn,
  }));
}

export async function recordCheckDone(
  db: Db,
  actor: Actor,
  householdId: string,
  checkId: string,
  input: z.output<typeof SafetyCheckDoneInput>,
  ctx: RequestOrigin,
) {
  return db.transaction(async (tx) => {
    const { via } = await authorizeSafetyPlan(
      tx,
      actor,
      householdId,
      'safety_plan.record',
      ctx,
      'safety_plan.check_done',
    );
    const p = await requirePlan(tx, actor.tenantId, householdId);
    if (p.state === 'closed') throw new ProblemError('plan_closed');
    const content = await loadContent(tx, actor.tenantId, p);
    if (!content.safety?.checks.some((c) => c.id === checkId)) throw new ProblemError('not_found');
    const id = randomUUID();
    await tx.insert(planSafetyCheckDone).values({
      tenantId: actor.tenantId,
      id,
      planId: p.id,
      checkId,
      checkedOn: input.checkedOn,
      note: seal(input.note),
      recordedBy: actor.userId,
    });
    await auditSafetyPlan(tx, actor, ctx, householdId, 'safety_plan.check_done', via, {
      planId: p.id,
      checkId,
    });
    return id;
  });
}

/** The participant's name as the plan knows it: a household member, a network member or a professional. */
async function participantLabel(
  db: Executor,
  tenantId: string,
  members: Array<{ personId: string; firstName: string }>,
  householdId: string,
  participant: { kind: string; ref: string },
): Promise<string | undefined> {
  if (participant.kind === 'household_member')
    return members.find((m) => m.personId === participant.ref)?.firstName;
  if (participant.kind === 'network_member')
    return (await listActiveNetworkNames(db, tenantId, householdId)).find((n) => n.id === participant.ref)
      ?.name;
  return (await findProfessionalNames(db, tenantId, [participant.ref]))[0]?.displayName;
}

async function insertScore(
  tx: Executor,
  actor: Actor,
  planId: string,
  input: z.output<typeof SafetyScoreInput> & { label: string },
) {
  const id = randomUUID();
  await tx.insert(planSafetyScore).values({
    tenantId: actor.tenantId,
    id,
    planId,
    participantKind: input.participant.kind,
    participantRef: input.participant.ref,
    participantLabel: input.label,
    score: input.score,
    scoredOn: input.scoredOn,
    recordedBy: actor.userId,
  });
  return id;
}

export async function recordScore(
  db: Db,
  actor: Actor,
  householdId: string,
  input: z.output<typeof SafetyScoreInput>,
  ctx: RequestOrigin,
) {
  return db.transaction(async (tx) => {
    const { h, via } = await authorizeSafetyPlan(
      tx,
      actor,
      householdId,
      'safety_plan.record',
      ctx,
      'safety_plan.score',
    );
    const p = await requirePlan(tx, actor.tenantId, householdId);
    if (p.state === 'closed') throw new ProblemError('plan_closed');
    const label = await participantLabel(tx, actor.tenantId, h.members, householdId, input.participant);
    if (label === undefined)
      throw new ProblemError('validation_failed', undefined, [
        {
          path: 'body.participant',
          code: 'invalid_reference',
          message: {
            nl: 'Kies iemand uit het gezin, het netwerk of de professionals.',
            en: 'Choose someone from the family, the network or the professionals.',
          },
        },
      ]);
    const id = await insertScore(tx, actor, p.id, { ...input, label });
    await auditSafetyPlan(tx, actor, ctx, householdId, 'safety_plan.score', via, {
      planId: p.id,
      score: input.score,
    });
    return id;
  });
}

/**
 * A parent or a youth of 12+ gives their own score in the portal: about themself, dated today.
 * It counts like any other score, so a low one raises the coordinator's safety_scale_low task.
 */
export async function recordOwnScore(
  db: Db,
  actor: Actor,
  householdId: string,
  input: z.output<typeof SafetyOwnScoreInput>,
  ctx: RequestOrigin,
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const { h, via } = await authorizeSafetyPlan(
      tx,
      actor,
      householdId,
      'safety_plan.score_own',
      ctx,
      'safety_plan.score_own',
      now,
    );
    const p = await requirePlan(tx, actor.tenantId, householdId);
    if (p.state === 'closed') throw new ProblemError('plan_closed');
    // The policy admits only a member of the household, so the actor is one of its members.
    const me = h.members.find((m) => m.personId === actor.personId);
    if (!me) throw new ProblemError('not_found');
    const id = await insertScore(tx, actor, p.id, {
      participant: { kind: 'household_member', ref: me.personId },
      label: me.firstName,
      score: input.score,
      scoredOn: amsterdamDate(now),
    });
    await auditSafetyPlan(tx, actor, ctx, householdId, 'safety_plan.score_own', via, {
      planId: p.id,
      score: input.score,
    });
    return id;
  });
}

export type { SafetyScoreInput };
