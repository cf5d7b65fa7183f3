import type { FamilyPlan, PlanSnapshot } from '@een-plan/contracts';
import type { Db, Executor } from '../db/database.ts';
import { preparedOnce } from '../db/prepared.ts';
import {
  householdKeys,
  householdMembersColumns,
  oneHousehold,
  selectFromHousehold,
} from '../households/membership.ts';
import type { Actor } from '../policy/actor.ts';
import { decidePlanAgreement } from '../policy/decide-plan.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { type Access, accessFacts, auditSuccess, authorizePlanOf, householdFactsOf } from './access.ts';
import { agreementColumns, agreementStatusOf } from './agreement.ts';
import { contentColumns, contentOf } from './content.ts';
import { open } from './crypto.ts';
import { isCurrentPlanOf, type PlanRow } from './current-plan.ts';
import { aroundColumns, aroundOf } from './plan-around.ts';
import { plan } from './schema.ts';
import { TRANSITIONS } from './transition.ts';
import { visibleContent } from './visible-content.ts';

// The household's facts (the policy decides on them) and current members, its current plan with
// the plan's content, agreements and what hangs on it (the fragments of the modules and files that
// own them): one prepared statement, one round trip. Only the audit append follows.
const planReadStatement = (db: Executor) =>
  selectFromHousehold(db, {
    ...householdMembersColumns,
    plan,
    ...contentColumns,
    ...agreementColumns,
    ...aroundColumns(householdKeys.coordinatorId),
  })
    .leftJoin(plan, isCurrentPlanOf(householdKeys.tenantId, householdKeys.id))
    .where(oneHousehold())
    .limit(1)
    .prepare('plan_read');

export async function getPlan(
  db: Db,
  actor: Actor,
  householdId: string,
  ctx: RequestOrigin,
): Promise<{ plan: FamilyPlan | null; householdId: string }> {
  const { h, basis, row } = await authorizePlanOf(
    db,
    actor,
    householdId,
    'plan.read',
    ctx,
    { action: 'plan.read' },
    async () => {
      const [read] = await preparedOnce(db, 'plan_read', planReadStatement).execute({
        tenantId: actor.tenantId,
        householdId,
      });
      return read ? { h: householdFactsOf(read, read.members), row: read } : null;
    },
  );
  const p = row.plan;
  // The answer leaves only once its audit row is durable.
  await auditSuccess(db, actor, ctx, householdId, 'plan.read', {
    planId: p?.id ?? null,
    version: p?.version ?? null,
  });
  if (!p) return { plan: null, householdId };
  const answer = await planAnswer(
    db,
    actor,
    { h, basis },
    p,
    contentOf(p, row),
    agreementStatusOf(h, p, row),
    aroundOf(row),
  );
  return { plan: answer, householdId };
}

/**
 * The plan as this reader sees it, from the plan row and its content (vision, goals, actions), its
 * agreement status and what hangs on it, as read with the plan: for a GET, or for the answer to a
 * save (built from what the save read and wrote, not read again). The caller audits the read.
 */
export async function planAnswer(
  db: Executor,
  actor: Actor,
  access: Access,
  p: PlanRow,
  full: PlanSnapshot,
  status: ReturnType<typeof agreementStatusOf>,
  { proposals, comments, evaluations, coordinatorName }: ReturnType<typeof aroundOf>,
): Promise<FamilyPlan> {
  const { h, basis } = access;
  const { content, partial } = await visibleContent(db, actor, access, full);
  const visibleGoalIds = new Set(content.goals.map((g) => g.id));
  const memberName = (id: string | null) => h.members.find((m) => m.personId === id)?.firstName ?? '';
  const isProfessional = basis !== 'own_household';
  const entitledToAgree =
    basis === 'own_household'
      ? status.required.some((r) => r.personId === actor.personId)
      : decidePlanAgreement(actor, accessFacts(actor.tenantId, h), undefined).allowed;
  const allActions = content.goals.flatMap((g) => g.actions);
  const result: FamilyPlan = {
    id: p.id,
    householdId: p.householdId,
    householdName: h.name,
    state: p.state,
    version: p.version,
    agreedVersion: p.agreedVersion,
    nextEvaluationDate: p.nextEvaluationDate,
    vision: content.vision,
    goals: content.goals,
    members: h.members.map((m) => ({
      personId: m.personId,
      firstName: m.firstName,
      role: m.role,
      age: m.age,
    })),
    requiredAgreements: status.required.map((r) => ({
      ...r,
      name: r.party === 'coordinator' ? coordinatorName : r.name,
    })),
    agreements: status.rows
      .filter((r) => !partial || r.personId === actor.personId || r.party === 'coordinator')
      .map((r) => ({
        party: r.party,
        personId: r.personId,
        name: r.party === 'coordinator' ? r.recordedByName : memberName(r.personId),
        version: r.version,
        method: r.method,
        recordedByName: r.recordedByName,
        agreedAt: r.agreedAt.toISOString(),
      })),
    proposals: proposals
      .filter((x) => !partial || x.proposedBy === actor.userId)
      .map((x) => ({
        id: x.id,
        kind: x.kind,
        goalId: x.goalId,
        domainCode: x.domainCode,
        text: open(x.text),
        proposedByName: x.proposedByName ?? '',
        proposedAt: x.proposedAt.toISOString(),
        status: x.status,
      })),
    comments: comments
      .filter((c) => !partial || c.goalId === null || visibleGoalIds.has(c.goalId))
      .map((c) => ({
        id: c.id,
        goalId: c.goalId,
        text: open(c.text),
        authorName: c.authorName ?? '',
        createdAt: c.createdAt.toISOString(),
      })),
    evaluations: partial
      ? []
      : evaluations.map((e) => ({
          id: e.id,
          planVersion: e.planVersion,
          evaluatedOn: e.evaluatedOn,
          goalResults: e.goalResults,
          nextSteps: open(e.nextSteps),
          nextEvaluationDate: e.nextEvaluationDate,
        })),
    can: {
      edit: isProfessional && p.state !== 'closed',
      agree: entitledToAgree && p.state !== 'closed',
      recordAgreementFor:
        isProfessional && p.state !== 'closed'
          ? status.required.flatMap((r) => (r.party === 'person' && r.personId ? [r.personId] : []))
          : [],
      transitions: isProfessional ? TRANSITIONS[p.state] : [],
      propose: p.state !== 'closed',
      comment: true,
      markDoneActionIds:
        p.state === 'closed'
          ? []
          : allActions
              .filter(
                (a) =>
                  isProfessional || (a.owner.kind === 'household_member' && a.owner.ref === actor.personId),
              )
              .map((a) => a.id),
      evaluate: isProfessional && p.state === 'in_evaluation',
    },
    partial,
    viewerPersonId: basis === 'own_household' ? actor.personId : null,
  };
  return result;
}
