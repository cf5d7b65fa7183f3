import type { Role } from '@een-plan/contracts';
import type { Actor } from './actor.ts';
import { type Decision, decideHousehold, type HouseholdAccessFacts } from './decide.ts';
import { ageOn, type ConsentSubjectFacts, mayGiveConsent, type SectionDecision } from './decide-consent.ts';

/** Professionals who can be named in a consent: those who see households only through consent. */
export const PROFESSIONAL_GRANTEE_ROLES: readonly Role[] = ['source', 'provider', 'safety'];

/**
 * Managing a household's consents: the family reads and gives its own (a resident never gets
 * `household.write`, so their writes are decided as reads of their own household); the
 * coordinator and team write; a team lead only reads.
 */
export function decideConsentManage(actor: Actor, write: boolean, facts: HouseholdAccessFacts): Decision {
  const action = write && actor.role !== 'resident' ? 'household.write' : 'household.read';
  return decideHousehold(actor, action, facts);
}

/** The purpose an allowed consent read or change is recorded under: the family's own, or coordination. */
export function consentPurpose(actor: Actor): 'own_household' | 'coordination' {
  return actor.role === 'resident' ? 'own_household' : 'coordination';
}

/**
 * Which consents a reader sees in the list: professionals all of the household's; a resident those
 * about themself and about members under 16 (they act for them), not those of a 16+ fellow member.
 */
export function mayReadConsentAbout(
  actor: Actor,
  subjectPersonId: string,
  subjectBirthDate: string | undefined,
  day: string,
): boolean {
  if (actor.role !== 'resident') return true;
  if (subjectPersonId === actor.personId) return true;
  return subjectBirthDate !== undefined && ageOn(subjectBirthDate, day) < 16;
}

/**
 * Who a consent can name as a person: a professional who sees households only through consent, or
 * a fellow household member with a login (a 16+ youth letting a parent read along).
 */
export function mayBeNamedInConsent(
  user: { role: Role; personId: string | null },
  householdPersonIds: readonly string[],
): boolean {
  if (PROFESSIONAL_GRANTEE_ROLES.includes(user.role)) return true;
  return user.role === 'resident' && !!user.personId && householdPersonIds.includes(user.personId);
}

type RevokeDecision = { allowed: true } | { allowed: false; reason: 'not_entitled' };

/**
 * Revoking a consent: the coordinator on the family's behalf (already past decideConsentManage);
 * a resident only one they gave, or one the age rules let them give.
 */
export function decideConsentRevoke(
  actor: Actor,
  givenBy: readonly string[],
  subject: ConsentSubjectFacts | null,
  day: string,
): RevokeDecision {
  if (actor.role !== 'resident') return { allowed: true };
  const entitled =
    !!actor.personId &&
    (givenBy.includes(actor.personId) || (!!subject && mayGiveConsent(subject, actor.personId, day)));
  return entitled ? { allowed: true } : { allowed: false, reason: 'not_entitled' };
}

type SharedViewDecision =
  | { allowed: true; basis: 'consent' | 'break_glass' }
  | { allowed: false; reason: 'full_view_instead' };

/**
 * The shared (narrowed) plan view is for those who see a dossier through a consent or break-glass;
 * coordinators, team and the family use the full plan instead.
 */
export function decideSharedView(decision: Extract<SectionDecision, { allowed: true }>): SharedViewDecision {
  if (decision.basis === 'consent' || decision.basis === 'break_glass') {
    return { allowed: true, basis: decision.basis };
  }
  return { allowed: false, reason: 'full_view_instead' };
}
