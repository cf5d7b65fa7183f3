import type { Actor } from './actor.ts';
import { decideHousehold, type HouseholdAccessFacts } from './decide.ts';
import { ageOn, type ConsentFact, consentOpens } from './decide-consent.ts';

export type FuturePlanAction =
  | 'future_plan.read'
  | 'future_plan.choose_helper'
  | 'future_plan.update_topic'
  | 'future_plan.decide_continuity';

/** The facts a toekomstplan decision needs: the household, whose plan it is, and the youth's consents. */
export interface FuturePlanFacts extends HouseholdAccessFacts {
  youthPersonId: string;
  youthBirthDate: string;
  consents: readonly ConsentFact[];
}

export type FuturePlanDecision =
  | { allowed: true; basis: 'youth' | 'coordinator' | 'team' | 'parent_under_18' | 'youth_consent' }
  | {
      allowed: false;
      reason: 'other_tenant' | 'no_relationship' | 'role_not_allowed' | 'no_consent';
    };

/** What the youth herself does in her plan: she picks her helper and ticks off topics. */
const YOUTH_ACTIONS: ReadonlySet<FuturePlanAction> = new Set([
  'future_plan.read',
  'future_plan.choose_helper',
  'future_plan.update_topic',
]);

/**
 * The toekomstplan belongs to the youth. She reads it, chooses her helper and ticks off topics;
 * the household's coordinator (and the team's coordinators) do all that and record the continuity
 * decision; a team lead reads along. A parent in the household reads it while the youth is under
 * 18; from the 18th birthday only when the youth consented to that parent for the plan.
 */
export function decideFuturePlan(
  actor: Actor,
  action: FuturePlanAction,
  facts: FuturePlanFacts,
  now: Date,
): FuturePlanDecision {
  if (actor.tenantId !== facts.tenantId) return { allowed: false, reason: 'other_tenant' };
  if (actor.role === 'resident') {
    if (!actor.personId || !facts.memberPersonIds.includes(actor.personId)) {
      return { allowed: false, reason: 'no_relationship' };
    }
    if (actor.personId === facts.youthPersonId) {
      return YOUTH_ACTIONS.has(action)
        ? { allowed: true, basis: 'youth' }
        : { allowed: false, reason: 'role_not_allowed' };
    }
    if (action !== 'future_plan.read') return { allowed: false, reason: 'role_not_allowed' };
    if (ageOn(facts.youthBirthDate, now) < 18) return { allowed: true, basis: 'parent_under_18' };
    const opened = facts.consents.some(
      (c) => c.subjectPersonId === facts.youthPersonId && consentOpens(actor, c, 'plan', now),
    );
    return opened ? { allowed: true, basis: 'youth_consent' } : { allowed: false, reason: 'no_consent' };
  }
  const base = decideHousehold(
    actor,
    action === 'future_plan.read' ? 'household.read' : 'household.write',
    facts,
  );
  if (!base.allowed) return base;
  if (base.basis === 'own_household') return { allowed: false, reason: 'role_not_allowed' };
  return { allowed: true, basis: base.basis };
}

type FuturePlanTopicAdminDecision = { allowed: true } | { allowed: false; reason: 'role_not_allowed' };

/**
 * The tenant's own toekomstplan topics are the municipality's policy: only its administrator
 * adds, edits, deactivates and reactivates them (the route says so too; this holds for any caller).
 */
export function decideFuturePlanTopicAdmin(actor: Actor): FuturePlanTopicAdminDecision {
  return actor.role === 'admin' ? { allowed: true } : { allowed: false, reason: 'role_not_allowed' };
}
