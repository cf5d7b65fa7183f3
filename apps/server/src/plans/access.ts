import { accessEvent, recordAccess } from '../audit/record.ts';
import type { Executor } from '../db/database.ts';
import { findHouseholdWithMembers } from '../households/membership.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/authorize.ts';
import type { Decision, HouseholdAccessFacts } from '../policy/decide.ts';
import { ageOn } from '../policy/decide-consent.ts';
import { decidePlan, type PlanAction as PlanPolicyAction, planPurpose } from '../policy/decide-plan.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { amsterdamDate } from '../referrals/working-days.ts';

export interface Member {
  personId: string;
  firstName: string;
  role: string;
  birthDate: string;
  age: number;
}

export interface HouseholdFacts {
  id: string;
  name: string;
  coordinatorId: string | null;
  teamId: string | null;
  members: Member[];
}

export async function loadHousehold(
  db: Executor,
  tenantId: string,
  householdId: string,
): Promise<HouseholdFacts | null> {
  const h = await findHouseholdWithMembers(db, tenantId, householdId);
  if (!h) return null;
  return householdFactsOf(h, h.members);
}

/** The plan's view of a household from its facts row and its current members (their age today). */
export function householdFactsOf(
  h: Pick<HouseholdFacts, 'id' | 'name' | 'coordinatorId' | 'teamId'>,
  current: Array<Omit<Member, 'age'>>,
): HouseholdFacts {
  // Today's date in the Netherlands once, not once per member (a date format each).
  const today = amsterdamDate(new Date());
  const members = current.map((m) => ({ ...m, age: ageOn(m.birthDate, today) }));
  return { id: h.id, name: h.name, coordinatorId: h.coordinatorId, teamId: h.teamId, members };
}

export interface Access {
  h: HouseholdFacts;
  basis: 'coordinator' | 'team' | 'own_household';
}

/** The household as the policy's decisions see it. */
export function accessFacts(tenantId: string, h: HouseholdFacts): HouseholdAccessFacts {
  return {
    tenantId,
    coordinatorId: h.coordinatorId,
    teamId: h.teamId,
    memberPersonIds: h.members.map((m) => m.personId),
  };
}

/**
 * Decide through the policy module and audit the attempt either way. `action` names a plan action,
 * or is a policy decision of its own (agreeing depends on for whom).
 */
export async function authorizePlan(
  db: Executor,
  actor: Actor,
  householdId: string,
  action: PlanPolicyAction | ((facts: HouseholdAccessFacts) => Decision),
  ctx: RequestOrigin,
  audit: {
    action: string;
    dataCategory?: string;
    details?: Record<string, string | number | boolean | null>;
  },
): Promise<Access> {
  const { h, basis } = await authorizePlanOf(db, actor, householdId, action, ctx, audit, async () => {
    const facts = await loadHousehold(db, actor.tenantId, householdId);
    return facts ? { h: facts } : null;
  });
  return { h, basis };
}

/**
 * `authorizePlan` for a read that loads the household (`h`) together with what it shows, in one
 * round trip: the same decision on the same facts, the same refusal and its audit row; nothing of
 * what was loaded leaves when the answer is no.
 */
export async function authorizePlanOf<F extends { h: HouseholdFacts }>(
  db: Executor,
  actor: Actor,
  householdId: string,
  action: PlanPolicyAction | ((facts: HouseholdAccessFacts) => Decision),
  ctx: RequestOrigin,
  audit: { action: string; dataCategory?: string },
  load: () => Promise<F | null>,
): Promise<F & Pick<Access, 'basis'>> {
  const decide =
    typeof action === 'function' ? action : (f: HouseholdAccessFacts) => decidePlan(actor, action, f);
  const { facts, decision } = await authorize(db, actor, ctx, {
    load,
    decide: (loaded) => decide(accessFacts(actor.tenantId, loaded.h)),
    attempt: {
      action: audit.action,
      subjectType: 'household',
      subjectId: householdId,
      dataCategory: audit.dataCategory ?? 'plan',
      purpose: planPurpose(actor),
    },
  });
  return { ...facts, basis: decision.basis };
}

export async function auditSuccess(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  action: string,
  details?: Record<string, string | number | boolean | null>,
  dataCategory = 'plan',
) {
  await recordAccess(db, actor, ctx, planAccessOf(actor, householdId, action, dataCategory), details);
}

/** The audit events of several successes on the household's plan, for a write that appends them. */
export function planSuccessEvents(
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  events: Array<{ action: string; details: Record<string, string | number | boolean | null> }>,
) {
  return events.map((e) =>
    accessEvent(actor, ctx, planAccessOf(actor, householdId, e.action, 'plan'), e.details),
  );
}

function planAccessOf(actor: Actor, householdId: string, action: string, dataCategory: string) {
  return {
    action,
    subjectType: 'household',
    subjectId: householdId,
    dataCategory,
    purpose: planPurpose(actor),
  };
}

/** What the consent rules need of a loaded household. */
export function householdFacts(h: {
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
