import type { Actor } from './actor.ts';
import { decideSection, type SectionAccessFacts } from './decide-consent.ts';
import { decidePlan } from './decide-plan.ts';

/**
 * The safety section of the family plan.
 *
 * - Read: whoever reads the plan (coordinator, team, team lead, the family); Veilig Thuis or
 *   another professional through a consent for the safety section or a break-glass; a certified
 *   institution (GI) carrying out a measure for the household.
 * - Edit the section and record checks and scores: whoever edits the plan (the coordinators).
 * - Give one's own score on the safety scale: a resident of the household who is a parent
 *   (gezagsdrager or partner) or a youth of 12 or older — the same people whose agreement counts.
 * - Set bottom-line conditions: Veilig Thuis (with a consent or break-glass) and the GI carrying
 *   out a measure — only their own conditions. Nobody else changes those, the family least of all.
 */
export type SafetyPlanAction =
  | 'safety_plan.read'
  | 'safety_plan.edit'
  | 'safety_plan.record'
  | 'safety_plan.score_own'
  | 'safety_plan.set_conditions';

export interface SafetyPlanFacts extends SectionAccessFacts {
  /** Organisations (GIs) carrying out an open child-protection measure for the household. */
  measureOrganisationIds: readonly string[];
  /** The actor's own membership of the household (residents), or null. */
  actorMember: { role: string; age: number } | null;
}

export type SafetyPlanBasis =
  | 'coordinator'
  | 'team'
  | 'own_household'
  | 'consent'
  | 'break_glass'
  | 'certified_institution';

type SafetyPlanDecision = { allowed: true; basis: SafetyPlanBasis } | { allowed: false; reason: string };

/** Which bottom-line conditions an actor sets: Veilig Thuis its own, the GI its own. */
export function conditionSetter(actor: Actor): 'veilig_thuis' | 'certified_institution' | null {
  if (actor.role === 'safety') return 'veilig_thuis';
  if (actor.role === 'certified_institution') return 'certified_institution';
  return null;
}

/** A parent or a youth of 12+ scores their own sense of safety; a younger child is asked in person. */
function mayScoreOwn(member: SafetyPlanFacts['actorMember']): boolean {
  if (!member) return false;
  return member.role === 'gezagsdrager' || member.role === 'partner' || member.age >= 12;
}

function giCarriesMeasure(actor: Actor, facts: SafetyPlanFacts): boolean {
  return (
    actor.role === 'certified_institution' &&
    actor.organisationId !== null &&
    facts.measureOrganisationIds.includes(actor.organisationId)
  );
}

export function decideSafetyPlan(
  actor: Actor,
  action: SafetyPlanAction,
  facts: SafetyPlanFacts,
  now: Date,
): SafetyPlanDecision {
  if (actor.tenantId !== facts.tenantId) return { allowed: false, reason: 'other_tenant' };
  if (action === 'safety_plan.edit' || action === 'safety_plan.record') {
    const d = decidePlan(actor, 'plan.edit', facts);
    return d.allowed ? { allowed: true, basis: d.basis } : d;
  }
  if (action === 'safety_plan.score_own') {
    const d = decidePlan(actor, 'plan.read', facts);
    if (!d.allowed) return d;
    if (d.basis !== 'own_household') return { allowed: false, reason: 'role_not_allowed' };
    return mayScoreOwn(facts.actorMember)
      ? { allowed: true, basis: d.basis }
      : { allowed: false, reason: 'role_not_allowed' };
  }
  if (giCarriesMeasure(actor, facts)) return { allowed: true, basis: 'certified_institution' };
  if (action === 'safety_plan.read') {
    const plan = decidePlan(actor, 'plan.read', facts);
    if (plan.allowed) return { allowed: true, basis: plan.basis };
  }
  if (action === 'safety_plan.set_conditions' && actor.role !== 'safety') {
    return { allowed: false, reason: 'role_not_allowed' };
  }
  const section = decideSection(actor, 'safety', facts, now);
  if (section.allowed && (section.basis === 'consent' || section.basis === 'break_glass')) {
    return { allowed: true, basis: section.basis };
  }
  return { allowed: false, reason: section.allowed ? 'no_relationship' : section.reason };
}
