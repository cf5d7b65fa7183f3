import type { Actor } from './actor.ts';
import { decideHousehold } from './decide.ts';
import { CONSENT_SECTIONS, decideSection, type SectionAccessFacts } from './decide-consent.ts';

/**
 * Who may do what with a meldcode track, a report to Veilig Thuis and a request to the Raad.
 *
 * - Open a track: the household's coordinator (or a coordinator of its team); a school, GP or
 *   provider professional (MELDCODE_PROFESSIONALS) when they already know the household through a
 *   consent — a track is never a way to find out that a household exists.
 * - Read: the author; the household's coordinator, team and team lead;
 *   Veilig Thuis once a report was made from the track or by break-glass;
 *   a professional with a consent for the safety section; and a household member unless the track
 *   is hidden from them (the alleged perpetrator).
 * - Write entries, hide, close, report: the author and the household's coordinators.
 * - The aandachtsfunctionaris of the track's organisation reads it (and lists the organisation's
 *   open tracks) while they still work for that organisation.
 * - Escalate to the Raad: the household's coordinators (for the municipality) and Veilig Thuis
 *   when a report was made; the Raad's answer is recorded by whoever may escalate.
 */
export type SafetyAction = 'track.read' | 'track.write' | 'track.report' | 'track.escalate';

/** Roles that, besides the coordinator, may open a track when the policy allows it. */
const MELDCODE_PROFESSIONALS: ReadonlySet<Actor['role']> = new Set(['source', 'provider']);

export interface TrackAccessFacts extends SectionAccessFacts {
  authorUserId: string;
  organisationId: string | null;
  hiddenFromPersonIds: readonly string[];
  hasReport: boolean;
  /** Organisations whose aandachtsfunctionaris the reader is (meldcode_designee rows). */
  readerDesignatedFor: readonly string[];
}

export type SafetyBasis =
  | 'author'
  | 'coordinator'
  | 'team'
  | 'own_household'
  | 'organisation'
  | 'veilig_thuis_report'
  | 'break_glass'
  | 'consent';

export type SafetyDecision =
  | { allowed: true; basis: SafetyBasis }
  | {
      allowed: false;
      reason: 'other_tenant' | 'no_relationship' | 'role_not_allowed' | 'hidden_from_person';
    };

/** Opening a track on a household (facts of the household, no track yet). */
export function decideOpenTrack(actor: Actor, facts: SectionAccessFacts, now: Date): SafetyDecision {
  if (actor.tenantId !== facts.tenantId) return { allowed: false, reason: 'other_tenant' };
  const household = decideHousehold(actor, 'household.write', facts);
  if (household.allowed && household.basis !== 'own_household')
    return { allowed: true, basis: household.basis };
  if (!MELDCODE_PROFESSIONALS.has(actor.role)) return { allowed: false, reason: 'role_not_allowed' };
  const known = CONSENT_SECTIONS.some((s) => decideSection(actor, s, facts, now).allowed);
  return known ? { allowed: true, basis: 'consent' } : { allowed: false, reason: 'no_relationship' };
}

export function decideTrack(
  actor: Actor,
  action: SafetyAction,
  facts: TrackAccessFacts,
  now: Date,
): SafetyDecision {
  if (actor.tenantId !== facts.tenantId) return { allowed: false, reason: 'other_tenant' };
  if (actor.role === 'resident') {
    if (action !== 'track.read' || !actor.personId || !facts.memberPersonIds.includes(actor.personId)) {
      return { allowed: false, reason: 'role_not_allowed' };
    }
    return facts.hiddenFromPersonIds.includes(actor.personId)
      ? { allowed: false, reason: 'hidden_from_person' }
      : { allowed: true, basis: 'own_household' };
  }
  const coordination = decideHousehold(actor, 'household.write', facts);
  const coordinates = coordination.allowed && coordination.basis !== 'own_household';
  const vtWithReport = actor.role === 'safety' && facts.hasReport;
  switch (action) {
    case 'track.write':
    case 'track.report':
      if (actor.userId === facts.authorUserId) return { allowed: true, basis: 'author' };
      return coordinates && coordination.allowed
        ? { allowed: true, basis: coordination.basis as SafetyBasis }
        : { allowed: false, reason: 'no_relationship' };
    case 'track.escalate':
      if (coordinates && coordination.allowed)
        return { allowed: true, basis: coordination.basis as SafetyBasis };
      if (vtWithReport) return { allowed: true, basis: 'veilig_thuis_report' };
      return { allowed: false, reason: 'no_relationship' };
    case 'track.read': {
      if (actor.userId === facts.authorUserId) return { allowed: true, basis: 'author' };
      if (designeeOf(actor, facts.organisationId, facts.readerDesignatedFor))
        return { allowed: true, basis: 'organisation' };
      const household = decideHousehold(actor, 'household.read', facts);
      if (household.allowed) return { allowed: true, basis: household.basis };
      if (vtWithReport) return { allowed: true, basis: 'veilig_thuis_report' };
      const section = decideSection(actor, 'safety', facts, now);
      if (section.allowed && (section.basis === 'break_glass' || section.basis === 'consent')) {
        return { allowed: true, basis: section.basis };
      }
      return { allowed: false, reason: 'no_relationship' };
    }
  }
}

/** The reader is the aandachtsfunctionaris of the organisation and still works for it. */
function designeeOf(actor: Actor, organisationId: string | null, designatedFor: readonly string[]) {
  return (
    actor.role !== 'resident' &&
    organisationId !== null &&
    actor.organisationId === organisationId &&
    designatedFor.includes(organisationId)
  );
}

/** The list of an organisation's open tracks is for its aandachtsfunctionaris only. */
export function decideOrganisationTracks(actor: Actor, designatedFor: readonly string[]): SafetyDecision {
  return designeeOf(actor, actor.organisationId, designatedFor)
    ? { allowed: true, basis: 'organisation' }
    : { allowed: false, reason: 'role_not_allowed' };
}

/**
 * The safety conditions Veilig Thuis attached to a hand-over: for those who carry the plan (the
 * household's coordinators and team lead), Veilig Thuis once it has a report on the household, and
 * a professional with a consent for the safety section. The family hears them from the coordinator,
 * in the safety plan, not from this list (it names the report behind them).
 */
export function decideSafetyConditions(
  actor: Actor,
  facts: SectionAccessFacts & { hasReport: boolean },
  now: Date,
): SafetyDecision {
  if (actor.tenantId !== facts.tenantId) return { allowed: false, reason: 'other_tenant' };
  if (actor.role === 'resident') return { allowed: false, reason: 'role_not_allowed' };
  const household = decideHousehold(actor, 'household.read', facts);
  if (household.allowed) return { allowed: true, basis: household.basis };
  if (actor.role === 'safety' && facts.hasReport) return { allowed: true, basis: 'veilig_thuis_report' };
  const section = decideSection(actor, 'safety', facts, now);
  if (section.allowed && (section.basis === 'break_glass' || section.basis === 'consent'))
    return { allowed: true, basis: section.basis };
  return { allowed: false, reason: 'no_relationship' };
}

/** Veilig Thuis works its own queue of reports and triages them. */
export function decideVeiligThuisQueue(actor: Actor): SafetyDecision {
  return actor.role === 'safety'
    ? { allowed: true, basis: 'veilig_thuis_report' }
    : { allowed: false, reason: 'role_not_allowed' };
}

/** A family member reading a report sees no reporter who asked to stay anonymous toward the family. */
export function showsReporter(actor: Actor, anonymousToFamily: boolean): boolean {
  return actor.role !== 'resident' || !anonymousToFamily;
}

/** Whether the actor may know the household at all (a list of its tracks is refused otherwise). */
export function knowsHousehold(actor: Actor, facts: SectionAccessFacts, now: Date): boolean {
  return CONSENT_SECTIONS.some((s) => decideSection(actor, s, facts, now).allowed);
}

/**
 * A family member reads a track's steps but not who it is hidden from nor why (that would point
 * at the alleged perpetrator); professionals see both.
 */
export function seesTrackInternals(actor: Actor): boolean {
  return actor.role !== 'resident';
}
