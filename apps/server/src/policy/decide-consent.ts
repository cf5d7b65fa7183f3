import { amsterdamDate } from '../referrals/working-days.ts';
import type { Actor } from './actor.ts';
import type { RefusalAnswer } from './authorize.ts';
import { decideHousehold, type HouseholdAccessFacts } from './decide.ts';

/** The parts of a household's dossier a consent can open. */
export const CONSENT_SECTIONS = ['plan', 'intake', 'safety', 'documents', 'contact', 'assignments'] as const;
export type ConsentSection = (typeof CONSENT_SECTIONS)[number];

/** Who must give consent for data about a person, by Dutch age rules (WGBO / Jeugdwet). */
type ConsentGivers = 'guardians' | 'child_and_guardians' | 'self';

/** Whole years between a birth date (`YYYY-MM-DD`) and a day (`YYYY-MM-DD`, or a moment: its Dutch date). */
export function ageOn(birthDate: string, day: string | Date): number {
  const iso = typeof day === 'string' ? day : amsterdamDate(day);
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

/** Under 12: the gezagsdrager(s); 12–15: the child and the gezagsdrager(s); from 16: the youth alone. */
export function consentGiversFor(age: number): ConsentGivers {
  if (age < 12) return 'guardians';
  if (age < 16) return 'child_and_guardians';
  return 'self';
}

export interface ConsentSubjectFacts {
  subjectPersonId: string;
  subjectBirthDate: string;
  /** The subject's gezagsdragers (current household members with that role, other than the subject). */
  guardianPersonIds: readonly string[];
}

/**
 * Whether the people who gave a consent are enough on `day`: one gezagsdrager acts for a child
 * under 12 (the other's agreement is presumed for ordinary matters), a 12–15 year-old consents
 * together with a gezagsdrager, and from 16 only the youth's own consent counts — a parent's
 * consent about a 16+ youth opens nothing.
 */
export function consentIsComplete(
  subject: ConsentSubjectFacts,
  givenByPersonIds: readonly string[],
  day: string,
): boolean {
  const givers = consentGiversFor(ageOn(subject.subjectBirthDate, day));
  const bySelf = givenByPersonIds.includes(subject.subjectPersonId);
  const byGuardian = subject.guardianPersonIds.some((g) => givenByPersonIds.includes(g));
  switch (givers) {
    case 'self':
      return bySelf;
    case 'child_and_guardians':
      return bySelf && byGuardian;
    case 'guardians':
      return byGuardian;
  }
}

/** Whether a person may give (part of) a consent about a subject: only the people the age rules name. */
export function mayGiveConsent(subject: ConsentSubjectFacts, personId: string, day: string): boolean {
  const givers = consentGiversFor(ageOn(subject.subjectBirthDate, day));
  const isSelf = personId === subject.subjectPersonId;
  const isGuardian = subject.guardianPersonIds.includes(personId);
  if (givers === 'self') return isSelf;
  if (givers === 'guardians') return isGuardian;
  return isSelf || isGuardian;
}

/**
 * How an actor completes a consent that waits for a party: a resident agrees for themself (in the
 * portal); the coordinator records the agreement another person gave on paper or in a conversation.
 */
export function consentCompletionMode(actor: Actor): 'self' | 'recorded' {
  return actor.role === 'resident' ? 'self' : 'recorded';
}

/**
 * Whether the youth-privacy rules narrow what this reader sees of fellow household members: they
 * apply to residents; a professional's access is decided by relationship and consent instead.
 */
export function youthPrivacyApplies(actor: Actor): boolean {
  return actor.role === 'resident';
}

/** A consent as the policy needs it (loaded by the consent module). */
export interface ConsentFact {
  id: string;
  subjectPersonId: string;
  granteeKind: 'organisation' | 'user';
  granteeRef: string;
  sections: readonly ConsentSection[];
  validFrom: string;
  validUntil: string;
  revokedAt: Date | null;
  /** consentIsComplete at load time (givers against the subject's age today). */
  complete: boolean;
}

/** Whether a consent opens `section` for the actor at `now` (revocation counts from the next request). */
export function consentOpens(
  actor: Actor,
  consent: ConsentFact,
  section: ConsentSection,
  now: Date,
): boolean {
  if (consent.revokedAt && consent.revokedAt <= now) return false;
  if (!consent.complete) return false;
  const day = amsterdamDate(now);
  if (day < consent.validFrom || day > consent.validUntil) return false;
  if (!consent.sections.includes(section)) return false;
  if (consent.granteeKind === 'user') return consent.granteeRef === actor.userId;
  return actor.organisationId !== null && consent.granteeRef === actor.organisationId;
}

export interface BreakGlassFact {
  id: string;
  userId: string;
  expiresAt: Date;
}

export interface SectionAccessFacts extends HouseholdAccessFacts {
  consents: readonly ConsentFact[];
  breakGlass: readonly BreakGlassFact[];
}

export type SectionDecision =
  | { allowed: true; basis: 'coordinator' | 'team' | 'own_household' }
  | { allowed: true; basis: 'consent'; consentIds: string[]; subjectPersonIds: string[] }
  | { allowed: true; basis: 'break_glass'; breakGlassId: string }
  | { allowed: false; reason: 'other_tenant' | 'no_relationship' | 'role_not_allowed' | 'no_consent' };

/** Roles that can only ever see a dossier through a consent or break-glass. */
const CONSENT_ROLES: ReadonlySet<Actor['role']> = new Set(['source', 'provider', 'safety']);
const BREAK_GLASS_ROLES: ReadonlySet<Actor['role']> = new Set(['safety', 'coordinator']);

/**
 * Read access to one section of a household's dossier: first the relationship (decideHousehold —
 * coordinator, team, own household), then a consent that names the actor or their organisation
 * for this section, then an active break-glass of the actor. A school, GP or provider owning an
 * action in the plan gets nothing from that alone.
 */
export function decideSection(
  actor: Actor,
  section: ConsentSection,
  facts: SectionAccessFacts,
  now: Date,
): SectionDecision {
  if (actor.tenantId !== facts.tenantId) return { allowed: false, reason: 'other_tenant' };
  const relationship = decideHousehold(actor, section === 'intake' ? 'intake.read' : 'household.read', facts);
  if (relationship.allowed) return relationship;
  if (!CONSENT_ROLES.has(actor.role) && !BREAK_GLASS_ROLES.has(actor.role)) return relationship;
  const opening = facts.consents.filter(
    (c) => facts.memberPersonIds.includes(c.subjectPersonId) && consentOpens(actor, c, section, now),
  );
  if (CONSENT_ROLES.has(actor.role) && opening.length > 0) {
    return {
      allowed: true,
      basis: 'consent',
      consentIds: opening.map((c) => c.id),
      subjectPersonIds: [...new Set(opening.map((c) => c.subjectPersonId))],
    };
  }
  if (BREAK_GLASS_ROLES.has(actor.role)) {
    const glass = facts.breakGlass.find((b) => b.userId === actor.userId && b.expiresAt > now);
    if (glass) return { allowed: true, basis: 'break_glass', breakGlassId: glass.id };
  }
  return CONSENT_ROLES.has(actor.role) ? { allowed: false, reason: 'no_consent' } : relationship;
}

/**
 * A resident reading a fellow household member's own section: a parent no longer sees a 16+
 * youth's own data unless the youth consented to that parent (as a user grantee).
 */
export function residentMaySeeMember(
  actor: Actor,
  member: { personId: string; birthDate: string },
  section: ConsentSection,
  consents: readonly ConsentFact[],
  now: Date,
): boolean {
  if (actor.role !== 'resident' || !actor.personId) return false;
  if (actor.personId === member.personId) return true;
  const day = amsterdamDate(now);
  if (ageOn(member.birthDate, day) < 16) return true;
  return consents.some((c) => c.subjectPersonId === member.personId && consentOpens(actor, c, section, now));
}

/**
 * How a refused section is answered: "forbidden" to someone who may see another section of the
 * household (they know it exists), "not found" to anyone else (no leak whether it exists).
 */
export function sectionRefusalAnswer(
  actor: Actor,
  section: ConsentSection,
  facts: SectionAccessFacts | null,
  now: Date,
): RefusalAnswer {
  const knowsHousehold =
    facts !== null &&
    CONSENT_SECTIONS.some((s) => s !== section && decideSection(actor, s, facts, now).allowed);
  return knowsHousehold ? 'forbidden' : 'not_found';
}
