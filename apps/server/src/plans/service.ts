import { randomUUID } from 'node:crypto';
import type {
  FamilyPlan,
  PlanContentInput,
  PlanContentInput as PlanContentSchema,
  PlanDiff,
  PlanEvaluationInput,
  PlanEvaluationInput as PlanEvaluationSchema,
  PlanGoal,
  PlanOwnerOption,
  PlanProposalInput,
  PlanRequiredAgreement,
  PlanSnapshot,
  PlanState,
} from '@een-plan/contracts';
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAccess } from '../audit/record.ts';
import { appUser } from '../auth/schema.ts';
import { membersHiddenFromResident, withoutHiddenGoals } from '../consent/youth-privacy.ts';
import type { Db, Executor } from '../db/database.ts';
import { currentMembers, findHouseholdFacts } from '../households/membership.ts';
import { reopenHousehold } from '../households/status.ts';
import { ProblemError } from '../http/problems.ts';
import { networkMember } from '../network/schema.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/authorize.ts';
import { ageOn } from '../policy/decide-consent.ts';
import { decidePlan, type PlanAction as PlanPolicyAction } from '../policy/decide-plan.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { socialOffer } from '../socialMap/schema.ts';
import { organisation, refLifeDomain } from '../tenancy/schema.ts';
import { loadContent, writeVersion } from './content.ts';
import { open, openSnapshot, seal, sealSnapshot } from './crypto.ts';
import { agreementKey, diffSnapshots } from './diff.ts';
import {
  plan,
  planAction,
  planAgreement,
  planComment,
  planEvaluation,
  planGoal,
  planProposal,
  planVersion,
} from './schema.ts';
import { listScores, recordEvaluationScores } from './self-reliance.ts';

type ParsedContent = z.output<typeof PlanContentSchema>;
type ParsedEvaluation = z.output<typeof PlanEvaluationSchema>;

interface Member {
  personId: string;
  firstName: string;
  role: string;
  birthDate: string;
  age: number;
}

interface HouseholdFacts {
  id: string;
  name: string;
  coordinatorId: string | null;
  teamId: string | null;
  members: Member[];
}

/** State machine of the plan. `agreed` is reached through agreements (or checked explicitly). */
const TRANSITIONS: Record<PlanState, PlanState[]> = {
  concept: ['agreed'],
  agreed: ['active'],
  active: ['in_evaluation'],
  in_evaluation: ['active', 'closed'],
  closed: [],
};

async function loadHousehold(
  db: Executor,
  tenantId: string,
  householdId: string,
): Promise<HouseholdFacts | null> {
  const h = await findHouseholdFacts(db, tenantId, householdId);
  if (!h) return null;
  const today = new Date();
  const members = (await currentMembers(db, tenantId, householdId)).map((m) => ({
    ...m,
    age: ageOn(m.birthDate, today),
  }));
  return { id: h.id, name: h.name, coordinatorId: h.coordinatorId, teamId: h.teamId, members };
}

interface Access {
  h: HouseholdFacts;
  basis: 'coordinator' | 'team' | 'own_household';
}

/** Decide through the policy module and audit the attempt either way. */
export async function authorizePlan(
  db: Executor,
  actor: Actor,
  householdId: string,
  action: PlanPolicyAction,
  ctx: RequestOrigin,
  audit: {
    action: string;
    dataCategory?: string;
    details?: Record<string, string | number | boolean | null>;
  },
): Promise<Access> {
  const { facts: h, decision } = await authorize(db, actor, ctx, {
    load: () => loadHousehold(db, actor.tenantId, householdId),
    decide: (facts) =>
      decidePlan(actor, action, {
        tenantId: actor.tenantId,
        coordinatorId: facts.coordinatorId,
        teamId: facts.teamId,
        memberPersonIds: facts.members.map((m) => m.personId),
      }),
    attempt: {
      action: audit.action,
      subjectType: 'household',
      subjectId: householdId,
      dataCategory: audit.dataCategory ?? 'plan',
      purpose: purposeOf(actor),
    },
  });
  return { h, basis: decision.basis };
}

function purposeOf(actor: Actor) {
  return actor.role === 'resident' ? 'portal' : 'family_plan';
}

async function auditSuccess(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  action: string,
  details?: Record<string, string | number | boolean | null>,
  dataCategory = 'plan',
) {
  await recordAccess(
    db,
    actor,
    ctx,
    { action, subjectType: 'household', subjectId: householdId, dataCategory, purpose: purposeOf(actor) },
    details,
  );
}

type PlanRow = typeof plan.$inferSelect;

/** The household's current plan: the newest one (a closed plan stays until a new one starts). */
async function currentPlan(db: Executor, tenantId: string, householdId: string): Promise<PlanRow | null> {
  const [p] = await db
    .select()
    .from(plan)
    .where(and(eq(plan.tenantId, tenantId), eq(plan.householdId, householdId)))
    .orderBy(desc(plan.createdAt), desc(plan.id))
    .limit(1);
  return p ?? null;
}

export async function requirePlan(
  db: Executor,
  tenantId: string,
  householdId: string,
  lock = false,
): Promise<PlanRow> {
  const p = await currentPlan(db, tenantId, householdId);
  if (!p) throw new ProblemError('plan_not_found');
  if (lock) {
    const [locked] = await db
      .select()
      .from(plan)
      .where(and(eq(plan.tenantId, tenantId), eq(plan.id, p.id)))
      .for('update');
    return locked!;
  }
  return p;
}

export function checkVersion(p: PlanRow, version: number) {
  if (p.version !== version) {
    throw new ProblemError('version_conflict', `plan is at version ${p.version}`, undefined, p.version);
  }
}

/** Checks references (life domains, owners, members, ids) and fills owner labels; 422 on errors. */
async function resolveContent(
  db: Executor,
  tenantId: string,
  h: HouseholdFacts,
  existing: PlanSnapshot,
  input: ParsedContent,
): Promise<PlanSnapshot> {
  const errors: Array<{ path: string; code: string; message: { nl: string; en: string } }> = [];
  const domains = new Set(
    (await db.select({ code: refLifeDomain.code }).from(refLifeDomain).limit(200)).map((d) => d.code),
  );
  const goalIds = new Set(existing.goals.map((g) => g.id));
  const actionIds = new Set(existing.goals.flatMap((g) => g.actions.map((a) => a.id)));
  const members = new Map(h.members.map((m) => [m.personId, m]));
  const userRefs = input.goals.flatMap((g) =>
    g.actions.filter((a) => a.owner.kind === 'professional').map((a) => a.owner.ref),
  );
  const orgRefs = input.goals.flatMap((g) =>
    g.actions.filter((a) => a.owner.kind === 'provider').map((a) => a.owner.ref),
  );
  const users = new Map(
    userRefs.length === 0
      ? []
      : (
          await db
            .select({ id: appUser.id, name: appUser.displayName, role: appUser.role })
            .from(appUser)
            .where(and(eq(appUser.tenantId, tenantId), inArray(appUser.id, userRefs)))
        )
          .filter((u) => u.role !== 'resident')
          .map((u) => [u.id, u.name]),
  );
  const orgs = new Map(
    orgRefs.length === 0
      ? []
      : (
          await db
            .select({ id: organisation.id, name: organisation.name })
            .from(organisation)
            .where(and(eq(organisation.tenantId, tenantId), inArray(organisation.id, orgRefs)))
        ).map((o) => [o.id, o.name]),
  );
  const seen = new Set<string>();
  const err = (path: string, nl: string, en: string) =>
    errors.push({ path, code: 'invalid_reference', message: { nl, en } });
  const goals: PlanGoal[] = input.goals.map((g, gi) => {
    const gPath = `body.goals.${gi}`;
    if (g.id && (!goalIds.has(g.id) || seen.has(g.id)))
      err(`${gPath}.id`, 'Dit doel hoort niet bij dit plan.', 'This goal does not belong to this plan.');
    const goalId = g.id && goalIds.has(g.id) ? g.id : randomUUID();
    seen.add(goalId);
    if (!domains.has(g.domainCode))
      err(`${gPath}.domainCode`, 'Kies een bestaand leefgebied.', 'Choose an existing life domain.');
    for (const [pi, pid] of g.concernsPersonIds.entries()) {
      if (!members.has(pid))
        err(
          `${gPath}.concernsPersonIds.${pi}`,
          'Deze persoon hoort niet bij het huishouden.',
          'This person is not a member of the household.',
        );
    }
    if (g.targetDate === undefined) g.targetDate = null;
    return {
      id: goalId,
      domainCode: g.domainCode,
      description: g.description,
      achievedWhen: g.achievedWhen,
      priority: g.priority,
      targetDate: g.targetDate ?? null,
      concernsPersonIds: g.concernsPersonIds,
      actions: g.actions.map((a, ai) => {
        const aPath = `${gPath}.actions.${ai}`;
        if (a.id && (!actionIds.has(a.id) || seen.has(a.id)))
          err(
            `${aPath}.id`,
            'Deze actie hoort niet bij dit plan.',
            'This action does not belong to this plan.',
          );
        const actionId = a.id && actionIds.has(a.id) ? a.id : randomUUID();
        seen.add(actionId);
        let label = a.owner.label?.trim() ?? '';
        switch (a.owner.kind) {
          case 'household_member': {
            const m = members.get(a.owner.ref);
            if (!m)
              err(
                `${aPath}.owner.ref`,
                'Deze persoon hoort niet bij het huishouden.',
                'This person is not a member of the household.',
              );
            else label = m.firstName;
            break;
          }
          case 'professional': {
            const name = users.get(a.owner.ref);
            if (!name)
              err(
                `${aPath}.owner.ref`,
                'Deze professional bestaat niet.',
                'This professional does not exist.',
              );
            else label = name;
            break;
          }
          case 'provider': {
            const name = orgs.get(a.owner.ref);
            if (!name)
              err(
                `${aPath}.owner.ref`,
                'Deze organisatie bestaat niet.',
                'This organisation does not exist.',
              );
            else label = name;
            break;
          }
          default:
            if (!label)
              err(
                `${aPath}.owner.label`,
                'Vul de naam van de uitvoerder in.',
                'Enter the name of the owner.',
              );
        }
        if (a.startDate && a.endDate && a.endDate < a.startDate) {
          err(
            `${aPath}.endDate`,
            'De einddatum ligt voor de startdatum.',
            'The end date is before the start date.',
          );
        }
        return {
          id: actionId,
          goalId,
          description: a.description,
          owner: { kind: a.owner.kind, ref: a.owner.ref, label },
          level: a.level,
          startDate: a.startDate ?? null,
          endDate: a.endDate ?? null,
          status: a.status,
        };
      }),
    };
  });
  if (errors.length > 0) throw new ProblemError('validation_failed', undefined, errors);
  return { vision: input.vision, goals };
}

/** Creates a concept plan for a household that has none (or whose last plan is closed). */
export async function createPlan(
  db: Db,
  actor: Actor,
  householdId: string,
  vision: string,
  ctx: RequestOrigin,
) {
  return db.transaction(async (tx) => {
    await authorizePlan(tx, actor, householdId, 'plan.edit', ctx, { action: 'plan.create' });
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtextextended(${`plan:${actor.tenantId}:${householdId}`}, 0))`,
    );
    const existing = await currentPlan(tx, actor.tenantId, householdId);
    if (existing && existing.state !== 'closed') throw new ProblemError('plan_exists');
    const id = randomUUID();
    await tx.insert(plan).values({
      tenantId: actor.tenantId,
      id,
      householdId,
      vision: seal(vision),
      version: 1,
      createdBy: actor.userId,
    });
    await tx.insert(planVersion).values({
      tenantId: actor.tenantId,
      planId: id,
      version: 1,
      snapshot: sealSnapshot({ vision, goals: [] }),
      createdBy: actor.userId,
      changeSummary: 'created',
    });
    // A new plan after a closed one: the household's support starts again.
    if (existing) await reopenHousehold(tx, actor, householdId, ctx);
    await auditSuccess(tx, actor, ctx, householdId, 'plan.create', { planId: id, version: 1 });
    return id;
  });
}

export async function updatePlanContent(
  db: Db,
  actor: Actor,
  householdId: string,
  input: ParsedContent,
  ctx: RequestOrigin,
) {
  await db.transaction(async (tx) => {
    const { h } = await authorizePlan(tx, actor, householdId, 'plan.edit', ctx, { action: 'plan.update' });
    const p = await requirePlan(tx, actor.tenantId, householdId, true);
    if (p.state === 'closed') throw new ProblemError('plan_closed');
    checkVersion(p, input.version);
    const existing = await loadContent(tx, actor.tenantId, p);
    const content = await resolveContent(tx, actor.tenantId, h, existing, input);
    const updated = await writeVersion(tx, actor, p, content, 'edited');
    await auditSuccess(tx, actor, ctx, householdId, 'plan.update', {
      planId: p.id,
      version: updated.version,
    });
  });
}

/** Everyone who must agree before a plan is agreed: the gezagsdragers, each child of 12 or older, the coordinator. */
function requiredParties(h: HouseholdFacts) {
  const people = h.members
    .filter((m) => m.role === 'gezagsdrager' || (m.role === 'kind' && m.age >= 12))
    .map((m) => ({
      party: 'person' as const,
      personId: m.personId,
      name: m.firstName,
      reason: m.role === 'gezagsdrager' ? ('gezagsdrager' as const) : ('youth_12_plus' as const),
    }));
  return [
    ...people,
    { party: 'coordinator' as const, personId: null, name: '', reason: 'coordinator' as const },
  ];
}

async function versionKeys(db: Executor, tenantId: string, planId: string) {
  const rows = await db
    .select({ version: planVersion.version, snapshot: planVersion.snapshot })
    .from(planVersion)
    .where(and(eq(planVersion.tenantId, tenantId), eq(planVersion.planId, planId)))
    .orderBy(asc(planVersion.version))
    .limit(1000);
  return new Map(rows.map((r) => [r.version, agreementKey(openSnapshot(r.snapshot))]));
}

async function agreementStatus(db: Executor, tenantId: string, h: HouseholdFacts, p: PlanRow) {
  const keys = await versionKeys(db, tenantId, p.id);
  const currentKey = keys.get(p.version);
  const rows = await db
    .select({
      party: planAgreement.party,
      personId: planAgreement.personId,
      version: planAgreement.version,
      method: planAgreement.method,
      agreedAt: planAgreement.agreedAt,
      recordedByName: appUser.displayName,
      recordedBy: planAgreement.recordedBy,
    })
    .from(planAgreement)
    .innerJoin(
      appUser,
      and(eq(appUser.tenantId, planAgreement.tenantId), eq(appUser.id, planAgreement.recordedBy)),
    )
    .where(and(eq(planAgreement.tenantId, tenantId), eq(planAgreement.planId, p.id)))
    .orderBy(asc(planAgreement.agreedAt))
    .limit(500);
  // An agreement counts for the current version if what was agreed is still the same content.
  const valid = rows.filter((r) => keys.get(r.version) === currentKey);
  const required: PlanRequiredAgreement[] = requiredParties(h).map((r) => ({
    ...r,
    name: r.party === 'coordinator' ? 'coordinator' : r.name,
    agreed: valid.some(
      (a) => a.party === r.party && (r.party === 'coordinator' || a.personId === r.personId),
    ),
  }));
  return { required, rows, complete: required.every((r) => r.agreed) };
}

export async function agreeToPlan(
  db: Db,
  actor: Actor,
  householdId: string,
  input: { version: number; personId?: string | undefined },
  ctx: RequestOrigin,
) {
  return db.transaction(async (tx) => {
    const onBehalf = actor.role !== 'resident' && input.personId !== undefined;
    const { h, basis } = await authorizePlan(
      tx,
      actor,
      householdId,
      onBehalf ? 'plan.record_agreement' : 'plan.agree',
      ctx,
      {
        action: 'plan.agree',
      },
    );
    const p = await requirePlan(tx, actor.tenantId, householdId, true);
    if (p.state === 'closed') throw new ProblemError('plan_closed');
    checkVersion(p, input.version);
    const required = requiredParties(h);
    let party: 'person' | 'coordinator';
    let personId: string | null = null;
    if (basis === 'own_household') {
      if (input.personId !== undefined && input.personId !== actor.personId)
        throw new ProblemError('forbidden');
      personId = actor.personId;
      party = 'person';
    } else if (onBehalf) {
      personId = input.personId!;
      party = 'person';
    } else {
      // The household's own coordinator; for a household without one, a coordinator of its team.
      if (h.coordinatorId ? h.coordinatorId !== actor.userId : basis !== 'team')
        throw new ProblemError('plan_agreement_not_required');
      party = 'coordinator';
    }
    if (party === 'person' && !required.some((r) => r.personId === personId)) {
      throw new ProblemError('plan_agreement_not_required');
    }
    const before = await agreementStatus(tx, actor.tenantId, h, p);
    const already = before.required.find(
      (r) => r.party === party && (party === 'coordinator' || r.personId === personId),
    );
    if (!already?.agreed) {
      await tx.insert(planAgreement).values({
        tenantId: actor.tenantId,
        id: randomUUID(),
        planId: p.id,
        version: p.version,
        party,
        personId,
        recordedBy: actor.userId,
        method: basis === 'own_household' ? 'portal' : onBehalf ? 'in_person' : 'own',
      });
    }
    const after = await agreementStatus(tx, actor.tenantId, h, p);
    if (after.complete) {
      await tx
        .update(plan)
        .set({
          agreedVersion: p.version,
          state: p.state === 'concept' ? 'agreed' : p.state,
          updatedAt: new Date(),
        })
        .where(and(eq(plan.tenantId, actor.tenantId), eq(plan.id, p.id)));
    }
    await auditSuccess(tx, actor, ctx, householdId, 'plan.agree', {
      planId: p.id,
      version: p.version,
      party,
      personId,
      complete: after.complete,
    });
  });
}

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
    const from = p.state as PlanState;
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

export async function setActionStatus(
  db: Db,
  actor: Actor,
  householdId: string,
  actionId: string,
  input: { version: number; status: 'open' | 'in_progress' | 'done' | 'cancelled' },
  ctx: RequestOrigin,
) {
  await db.transaction(async (tx) => {
    const { h, basis } = await authorizePlan(tx, actor, householdId, 'plan.action_status', ctx, {
      action: 'plan.action_status',
    });
    const p = await requirePlan(tx, actor.tenantId, householdId, true);
    if (p.state === 'closed') throw new ProblemError('plan_closed');
    checkVersion(p, input.version);
    const content = await loadContent(tx, actor.tenantId, p);
    const action = content.goals.flatMap((g) => g.actions).find((a) => a.id === actionId);
    if (!action) throw new ProblemError('not_found');
    if (basis === 'own_household') {
      const own = action.owner.kind === 'household_member' && action.owner.ref === actor.personId;
      if (!own) throw new ProblemError('plan_action_not_own');
      if (input.status === 'cancelled') throw new ProblemError('plan_action_not_own');
    }
    for (const g of content.goals) for (const a of g.actions) if (a.id === actionId) a.status = input.status;
    const updated = await writeVersion(tx, actor, p, content, 'action_status');
    void h;
    await auditSuccess(tx, actor, ctx, householdId, 'plan.action_status', {
      planId: p.id,
      actionId,
      status: input.status,
      version: updated.version,
    });
  });
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
      const [g] = await tx
        .select({ id: planGoal.id })
        .from(planGoal)
        .where(
          and(
            eq(planGoal.tenantId, actor.tenantId),
            eq(planGoal.planId, p.id),
            eq(planGoal.id, input.goalId),
          ),
        )
        .limit(1);
      if (!g) {
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
      const [d] = await tx
        .select()
        .from(refLifeDomain)
        .where(eq(refLifeDomain.code, input.domainCode))
        .limit(1);
      if (!d) {
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
    const [prop] = await tx
      .select({ proposal: planProposal, proposerPersonId: appUser.personId })
      .from(planProposal)
      .innerJoin(
        appUser,
        and(eq(appUser.tenantId, planProposal.tenantId), eq(appUser.id, planProposal.proposedBy)),
      )
      .where(
        and(
          eq(planProposal.tenantId, actor.tenantId),
          eq(planProposal.planId, p.id),
          eq(planProposal.id, proposalId),
        ),
      )
      .limit(1);
    if (!prop) throw new ProblemError('not_found');
    if (prop.proposal.status !== 'open') throw new ProblemError('plan_proposal_decided');
    if (input.decision === 'accept') {
      const content = await loadContent(tx, actor.tenantId, p);
      const proposer = h.members.find((m) => m.personId === prop.proposerPersonId);
      if (prop.proposal.kind === 'goal') {
        content.goals.push({
          id: randomUUID(),
          domainCode: prop.proposal.domainCode!,
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
      const [g] = await tx
        .select({ id: planGoal.id })
        .from(planGoal)
        .where(
          and(
            eq(planGoal.tenantId, actor.tenantId),
            eq(planGoal.planId, p.id),
            eq(planGoal.id, input.goalId),
          ),
        )
        .limit(1);
      if (!g) throw new ProblemError('not_found');
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
    const domains = new Set(
      (await tx.select({ code: refLifeDomain.code }).from(refLifeDomain).limit(200)).map((d) => d.code),
    );
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

/** Goals a youth sees: those about them or with an action they own. */
/** What the consent rules need of a loaded household. */
function householdFacts(h: {
  id: string;
  coordinatorId: string | null;
  teamId: string | null;
  members: Member[];
}) {
  return {
    id: h.id,
    coordinatorId: h.coordinatorId,
    teamId: h.teamId,
    memberPersonIds: h.members.map((m) => m.personId),
  };
}

function partFor(content: PlanSnapshot, personId: string): PlanSnapshot {
  return {
    vision: content.vision,
    goals: content.goals.filter(
      (g) =>
        g.concernsPersonIds.includes(personId) ||
        g.actions.some((a) => a.owner.kind === 'household_member' && a.owner.ref === personId),
    ),
  };
}

async function userNames(db: Executor, tenantId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: appUser.id, name: appUser.displayName })
    .from(appUser)
    .where(and(eq(appUser.tenantId, tenantId), inArray(appUser.id, unique)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function getPlan(
  db: Db,
  actor: Actor,
  householdId: string,
  ctx: RequestOrigin,
): Promise<{ plan: FamilyPlan | null; householdId: string }> {
  const { h, basis } = await authorizePlan(db, actor, householdId, 'plan.read', ctx, { action: 'plan.read' });
  const p = await currentPlan(db, actor.tenantId, householdId);
  await auditSuccess(db, actor, ctx, householdId, 'plan.read', {
    planId: p?.id ?? null,
    version: p?.version ?? null,
  });
  if (!p) return { plan: null, householdId };
  const t = actor.tenantId;
  const full = await loadContent(db, t, p);
  const me = h.members.find((m) => m.personId === actor.personId);
  const partial = basis === 'own_household' && me?.role !== 'gezagsdrager' && me?.role !== 'partner';
  const content =
    partial && actor.personId
      ? partFor(full, actor.personId)
      : withoutHiddenGoals(full, await membersHiddenFromResident(db, actor, householdFacts(h), 'plan'));
  const visibleGoalIds = new Set(content.goals.map((g) => g.id));
  const status = await agreementStatus(db, t, h, p);
  const proposals = await db
    .select()
    .from(planProposal)
    .where(and(eq(planProposal.tenantId, t), eq(planProposal.planId, p.id)))
    .orderBy(desc(planProposal.proposedAt))
    .limit(100);
  const comments = await db
    .select()
    .from(planComment)
    .where(and(eq(planComment.tenantId, t), eq(planComment.planId, p.id)))
    .orderBy(asc(planComment.createdAt))
    .limit(200);
  const evaluations = await db
    .select()
    .from(planEvaluation)
    .where(and(eq(planEvaluation.tenantId, t), eq(planEvaluation.planId, p.id)))
    .orderBy(desc(planEvaluation.evaluatedOn))
    .limit(50);
  const names = await userNames(db, t, [
    ...status.rows.map((r) => r.recordedBy),
    ...proposals.map((x) => x.proposedBy),
    ...comments.map((x) => x.authorId),
    ...(h.coordinatorId ? [h.coordinatorId] : []),
  ]);
  const memberName = (id: string | null) => h.members.find((m) => m.personId === id)?.firstName ?? '';
  const coordinatorName = h.coordinatorId ? (names.get(h.coordinatorId) ?? '') : '';
  const isProfessional = basis !== 'own_household';
  const entitledToAgree =
    basis === 'own_household'
      ? status.required.some((r) => r.personId === actor.personId)
      : actor.role === 'coordinator';
  const allActions = content.goals.flatMap((g) => g.actions);
  const result: FamilyPlan = {
    id: p.id,
    householdId,
    householdName: h.name,
    state: p.state as PlanState,
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
        party: r.party as 'person' | 'coordinator',
        personId: r.personId,
        name: r.party === 'coordinator' ? r.recordedByName : memberName(r.personId),
        version: r.version,
        method: r.method as 'portal' | 'in_person' | 'own',
        recordedByName: r.recordedByName,
        agreedAt: r.agreedAt.toISOString(),
      })),
    proposals: proposals
      .filter((x) => !partial || x.proposedBy === actor.userId)
      .map((x) => ({
        id: x.id,
        kind: x.kind as 'goal' | 'action',
        goalId: x.goalId,
        domainCode: x.domainCode,
        text: open(x.text),
        proposedByName: names.get(x.proposedBy) ?? '',
        proposedAt: x.proposedAt.toISOString(),
        status: x.status as 'open' | 'accepted' | 'declined',
      })),
    comments: comments
      .filter((c) => !partial || c.goalId === null || visibleGoalIds.has(c.goalId))
      .map((c) => ({
        id: c.id,
        goalId: c.goalId,
        text: open(c.text),
        authorName: names.get(c.authorId) ?? '',
        createdAt: c.createdAt.toISOString(),
      })),
    evaluations: partial
      ? []
      : evaluations.map((e) => ({
          id: e.id,
          planVersion: e.planVersion,
          evaluatedOn: e.evaluatedOn,
          goalResults: e.goalResults as FamilyPlan['evaluations'][number]['goalResults'],
          nextSteps: open(e.nextSteps),
          nextEvaluationDate: e.nextEvaluationDate,
        })),
    can: {
      edit: isProfessional && p.state !== 'closed',
      agree: entitledToAgree && p.state !== 'closed',
      recordAgreementFor:
        isProfessional && p.state !== 'closed'
          ? status.required.filter((r) => r.party === 'person').map((r) => r.personId!)
          : [],
      transitions: isProfessional ? TRANSITIONS[p.state as PlanState] : [],
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
  return { plan: result, householdId };
}

export async function listVersions(db: Db, actor: Actor, householdId: string, ctx: RequestOrigin) {
  const { h } = await authorizePlan(db, actor, householdId, 'plan.read', ctx, { action: 'plan.versions' });
  const p = await requirePlan(db, actor.tenantId, householdId);
  const rows = await db
    .select({
      version: planVersion.version,
      createdAt: planVersion.createdAt,
      createdBy: planVersion.createdBy,
      changeSummary: planVersion.changeSummary,
    })
    .from(planVersion)
    .where(and(eq(planVersion.tenantId, actor.tenantId), eq(planVersion.planId, p.id)))
    .orderBy(desc(planVersion.version))
    .limit(200);
  const agreements = await db
    .select({
      version: planAgreement.version,
      party: planAgreement.party,
      personId: planAgreement.personId,
      recordedBy: planAgreement.recordedBy,
    })
    .from(planAgreement)
    .where(and(eq(planAgreement.tenantId, actor.tenantId), eq(planAgreement.planId, p.id)))
    .limit(500);
  const names = await userNames(db, actor.tenantId, [
    ...rows.map((r) => r.createdBy),
    ...agreements.map((a) => a.recordedBy),
  ]);
  await auditSuccess(db, actor, ctx, householdId, 'plan.versions', { planId: p.id });
  return {
    versions: rows.map((r) => ({
      version: r.version,
      createdAt: r.createdAt.toISOString(),
      createdByName: names.get(r.createdBy) ?? '',
      changeSummary: r.changeSummary,
      agreedBy: agreements
        .filter((a) => a.version === r.version)
        .map((a) =>
          a.party === 'coordinator'
            ? (names.get(a.recordedBy) ?? '')
            : (h.members.find((m) => m.personId === a.personId)?.firstName ?? ''),
        ),
    })),
  };
}

async function snapshotOf(
  db: Executor,
  tenantId: string,
  planId: string,
  version: number,
): Promise<{ snapshot: PlanSnapshot; createdAt: Date }> {
  const [row] = await db
    .select({ snapshot: planVersion.snapshot, createdAt: planVersion.createdAt })
    .from(planVersion)
    .where(
      and(
        eq(planVersion.tenantId, tenantId),
        eq(planVersion.planId, planId),
        eq(planVersion.version, version),
      ),
    )
    .limit(1);
  if (!row) throw new ProblemError('not_found');
  return { snapshot: openSnapshot(row.snapshot), createdAt: row.createdAt };
}

export async function getVersion(
  db: Db,
  actor: Actor,
  householdId: string,
  version: number,
  ctx: RequestOrigin,
) {
  await authorizePlan(db, actor, householdId, 'plan.edit', ctx, { action: 'plan.version.read' });
  const p = await requirePlan(db, actor.tenantId, householdId);
  const v = await snapshotOf(db, actor.tenantId, p.id, version);
  await auditSuccess(db, actor, ctx, householdId, 'plan.version.read', { planId: p.id, version });
  return { version, createdAt: v.createdAt.toISOString(), snapshot: v.snapshot };
}

export async function diffVersions(
  db: Db,
  actor: Actor,
  householdId: string,
  from: number,
  to: number,
  ctx: RequestOrigin,
): Promise<PlanDiff> {
  await authorizePlan(db, actor, householdId, 'plan.edit', ctx, { action: 'plan.diff' });
  const p = await requirePlan(db, actor.tenantId, householdId);
  const a = await snapshotOf(db, actor.tenantId, p.id, from);
  const b = await snapshotOf(db, actor.tenantId, p.id, to);
  await auditSuccess(db, actor, ctx, householdId, 'plan.diff', { planId: p.id, from, to });
  return diffSnapshots(from, a.snapshot, to, b.snapshot);
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

/** Who can own an action: household members, the professionals and providers of the tenant. */
export async function ownerOptions(
  db: Db,
  actor: Actor,
  householdId: string,
  ctx: RequestOrigin,
): Promise<PlanOwnerOption[]> {
  const { h } = await authorizePlan(db, actor, householdId, 'plan.edit', ctx, {
    action: 'plan.owner_options',
  });
  const users = await db
    .select({ id: appUser.id, name: appUser.displayName })
    .from(appUser)
    .where(and(eq(appUser.tenantId, actor.tenantId), inArray(appUser.role, ['coordinator', 'team_lead'])))
    .orderBy(asc(appUser.displayName))
    .limit(200);
  const orgs = await db
    .select({ id: organisation.id, name: organisation.name })
    .from(organisation)
    .where(and(eq(organisation.tenantId, actor.tenantId), ne(organisation.kind, 'municipality')))
    .orderBy(asc(organisation.name))
    .limit(200);
  // Network members (network module) and social-map offers (social map module) are referred to by
  // id with a label snapshot, so the plan has no foreign key into those modules.
  const network = await db
    .select({ id: networkMember.id, name: networkMember.name })
    .from(networkMember)
    .where(
      and(
        eq(networkMember.tenantId, actor.tenantId),
        eq(networkMember.householdId, householdId),
        eq(networkMember.status, 'active'),
      ),
    )
    .orderBy(asc(networkMember.name))
    .limit(100);
  const offers = await db
    .select({ id: socialOffer.id, name: socialOffer.name })
    .from(socialOffer)
    .where(eq(socialOffer.tenantId, actor.tenantId))
    .orderBy(asc(socialOffer.name))
    .limit(300);
  await auditSuccess(db, actor, ctx, householdId, 'plan.owner_options');
  return [
    ...h.members.map((m) => ({ kind: 'household_member' as const, ref: m.personId, label: m.firstName })),
    ...network.map((n) => ({ kind: 'network_member' as const, ref: n.id, label: n.name })),
    ...offers.map((o) => ({ kind: 'social_map_offer' as const, ref: o.id, label: o.name })),
    ...users.map((u) => ({ kind: 'professional' as const, ref: u.id, label: u.name })),
    ...orgs.map((o) => ({ kind: 'provider' as const, ref: o.id, label: o.name })),
  ];
}

export async function pdfData(db: Db, actor: Actor, householdId: string, ctx: RequestOrigin) {
  const { h, basis } = await authorizePlan(db, actor, householdId, 'plan.read', ctx, { action: 'plan.pdf' });
  const p = await requirePlan(db, actor.tenantId, householdId);
  let content = await loadContent(db, actor.tenantId, p);
  const me = h.members.find((m) => m.personId === actor.personId);
  if (basis === 'own_household' && me?.role !== 'gezagsdrager' && me?.role !== 'partner' && actor.personId) {
    content = partFor(content, actor.personId);
  } else {
    content = withoutHiddenGoals(
      content,
      await membersHiddenFromResident(db, actor, householdFacts(h), 'plan'),
    );
  }
  const domains = await db.select().from(refLifeDomain).limit(200);
  const status = await agreementStatus(db, actor.tenantId, h, p);
  const coordinator = h.coordinatorId
    ? (await userNames(db, actor.tenantId, [h.coordinatorId])).get(h.coordinatorId)
    : undefined;
  await auditSuccess(db, actor, ctx, householdId, 'plan.pdf', { planId: p.id, version: p.version });
  return {
    householdName: h.name,
    state: p.state as PlanState,
    version: p.version,
    content,
    domainNames: new Map(domains.map((d) => [d.code, { nl: d.nameNl, en: d.nameEn }])),
    agreed: status.required.map((r) => ({
      name: r.party === 'coordinator' ? (coordinator ?? null) : r.name,
      agreed: r.agreed,
    })),
    coordinatorName: coordinator ?? null,
    nextEvaluationDate: p.nextEvaluationDate,
  };
}

/** For the caseload: the next evaluation date of each household's current plan. */
export async function findNextEvaluationDates(
  db: Executor,
  tenantId: string,
  householdIds: string[],
): Promise<Map<string, string | null>> {
  if (householdIds.length === 0) return new Map();
  const rows = await db
    .select({ householdId: plan.householdId, next: plan.nextEvaluationDate })
    .from(plan)
    .where(
      and(eq(plan.tenantId, tenantId), inArray(plan.householdId, householdIds), ne(plan.state, 'closed')),
    );
  return new Map(rows.map((r) => [r.householdId, r.next]));
}

/** For the caseload: open (open or in progress) actions of each household's current plan. */
export async function countOpenActions(
  db: Executor,
  tenantId: string,
  householdIds: string[],
): Promise<Map<string, number>> {
  if (householdIds.length === 0) return new Map();
  const rows = await db
    .select({ householdId: plan.householdId, n: sql<number>`count(*)::int` })
    .from(planAction)
    .innerJoin(plan, and(eq(plan.tenantId, planAction.tenantId), eq(plan.id, planAction.planId)))
    .where(
      and(
        eq(planAction.tenantId, tenantId),
        inArray(plan.householdId, householdIds),
        ne(plan.state, 'closed'),
        inArray(planAction.status, ['open', 'in_progress']),
      ),
    )
    .groupBy(plan.householdId);
  return new Map(rows.map((r) => [r.householdId, Number(r.n)]));
}

export async function listLifeDomains(db: Executor) {
  const rows = await db.select().from(refLifeDomain).orderBy(asc(refLifeDomain.code)).limit(100);
  return rows.map((r) => ({ code: r.code, nameNl: r.nameNl, nameEn: r.nameEn }));
}

export type { PlanContentInput, PlanEvaluationInput };
