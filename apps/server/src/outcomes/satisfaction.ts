/**
 * The family's satisfaction question after a plan closes (NJi outcome criterion 2). The answer is
 * stored apart from the dossier: no household, person or timestamp on the row — only the area and
 * the month of closure — so the dashboards cannot trace an answer back to a family.
 */
import { randomUUID } from 'node:crypto';
import type { SatisfactionAnswerInput, SatisfactionStatus } from '@een-plan/contracts';
import { recordAccess } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { areaOfHousehold } from '../households/home-queries.ts';
import { getResidentHouseholdId } from '../households/membership.ts';
import { ProblemError } from '../http/problems.ts';
import { completeFollowUp, dueSatisfactionFollowUp } from '../plans/outcome-facts.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { satisfactionAnswer } from './schema.ts';

export async function getSatisfactionStatus(
  db: Db,
  actor: Actor,
  now = new Date(),
): Promise<SatisfactionStatus> {
  const householdId = await getResidentHouseholdId(db, actor);
  const due = await dueSatisfactionFollowUp(db, actor.tenantId, householdId, amsterdamDate(now));
  return { open: due !== null };
}

export async function answerSatisfaction(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  input: SatisfactionAnswerInput,
  now = new Date(),
): Promise<void> {
  const householdId = await getResidentHouseholdId(db, actor);
  await db.transaction(async (tx) => {
    const due = await dueSatisfactionFollowUp(tx, actor.tenantId, householdId, amsterdamDate(now));
    if (!due || !(await completeFollowUp(tx, actor.tenantId, due.id, now))) {
      throw new ProblemError('satisfaction_not_open');
    }
    await tx.insert(satisfactionAnswer).values({
      tenantId: actor.tenantId,
      id: randomUUID(),
      areaId: await areaOfHousehold(tx, actor.tenantId, householdId),
      period: due.closedMonth,
      helpScore: input.helpScore,
      resultScore: input.resultScore,
      comment: input.comment ? input.comment : null,
    });
    // The audit says that the family answered, never what.
    await recordAccess(tx, actor, ctx, {
      action: 'satisfaction.answer',
      subjectType: 'household',
      subjectId: householdId,
      dataCategory: 'satisfaction',
      purpose: 'outcome_measurement',
    });
  });
}
