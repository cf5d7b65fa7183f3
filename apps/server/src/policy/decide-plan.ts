import type { Actor } from './actor.ts';
import { type Decision, decideHousehold, type HouseholdAccessFacts } from './decide.ts';

export type PlanAction =
  | 'plan.read'
  | 'plan.edit'
  | 'plan.transition'
  | 'plan.evaluate'
  | 'plan.agree'
  | 'plan.record_agreement'
  | 'plan.propose'
  | 'plan.decide_proposal'
  | 'plan.comment'
  | 'plan.action_status';

/** Professional-only actions: changing the plan's content and state is the coordinator's work. */
const PROFESSIONAL_ONLY: ReadonlySet<PlanAction> = new Set([
  'plan.edit',
  'plan.transition',
  'plan.evaluate',
  'plan.record_agreement',
  'plan.decide_proposal',
]);

/**
 * The family plan's decision on top of the household relationship (decideHousehold): the
 * household's coordinator and the coordinators of its team may do everything, a team lead reads; a resident of the household may read,
 * propose, comment, agree and change the status of actions (the service narrows that to their own
 * actions and to residents entitled to agree). Everyone else (school, provider, …) is denied until
 * consent exists.
 */
export function decidePlan(actor: Actor, action: PlanAction, facts: HouseholdAccessFacts): Decision {
  const base = decideHousehold(actor, 'household.read', facts);
  if (!base.allowed) return base;
  if (base.basis === 'own_household' && PROFESSIONAL_ONLY.has(action)) {
    return { allowed: false, reason: 'role_not_allowed' };
  }
  if (actor.role === 'team_lead' && action !== 'plan.read') {
    // A team lead reads along (like the household dossier); the plan is the coordinator's work.
    return { allowed: false, reason: 'role_not_allowed' };
  }
  return base;
}

/**
 * Agreeing to the plan. A resident agrees for themself only; a professional agrees as the
 * coordinator, or — naming a resident — records that resident's agreement given in person.
 */
export function decidePlanAgreement(
  actor: Actor,
  facts: HouseholdAccessFacts,
  forPersonId: string | undefined,
): Decision {
  if (actor.role === 'resident') {
    const decision = decidePlan(actor, 'plan.agree', facts);
    if (decision.allowed && forPersonId !== undefined && forPersonId !== actor.personId) {
      return { allowed: false, reason: 'no_relationship' };
    }
    return decision;
  }
  return decidePlan(actor, forPersonId === undefined ? 'plan.agree' : 'plan.record_agreement', facts);
}

/** Why the plan is read, for the audit log: residents through the portal, professionals for their work. */
export function planPurpose(actor: Actor): 'portal' | 'family_plan' {
  return actor.role === 'resident' ? 'portal' : 'family_plan';
}

/**
 * Whether a reader of the family's own plan sees only their part (their own goals): a household
 * member who is not a parent (gezagsdrager or partner). Professionals read the whole plan.
 */
export function readsOwnPartOfPlan(
  basis: 'coordinator' | 'team' | 'own_household',
  memberRole: string | undefined,
): boolean {
  return basis === 'own_household' && memberRole !== 'gezagsdrager' && memberRole !== 'partner';
}

/**
 * Why a household member must agree to the plan before it is agreed, or null when they need not:
 * each gezagsdrager, and each child of 12 or older (the coordinator always agrees as well).
 */
export function agreementPartyReason(member: {
  role: string;
  age: number;
}): 'gezagsdrager' | 'youth_12_plus' | null {
  if (member.role === 'gezagsdrager') return 'gezagsdrager';
  return member.role === 'kind' && member.age >= 12 ? 'youth_12_plus' : null;
}
