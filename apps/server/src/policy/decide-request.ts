import type { Actor } from './actor.ts';
import { type Decision, decideHousehold, type HouseholdAccessFacts } from './decide.ts';

type RequestAction = 'request.read' | 'request.decide';

/**
 * A provider's request (JW315/JW317) for a client of a household: the household's coordinator, the
 * coordinators of its team and the team lead of its team may read and decide it (a team lead
 * decides above the approval threshold; the service checks that). Everyone else is denied; a
 * provider only ever sees its own requests, which the service selects by organisation.
 */
export function decideRequest(actor: Actor, _action: RequestAction, facts: HouseholdAccessFacts): Decision {
  if (actor.role !== 'coordinator' && actor.role !== 'team_lead') {
    return actor.tenantId !== facts.tenantId
      ? { allowed: false, reason: 'other_tenant' }
      : { allowed: false, reason: 'role_not_allowed' };
  }
  return decideHousehold(actor, 'household.read', facts);
}

/** Only a team lead grants a request above the approval threshold; a coordinator's grant stops there. */
export function mayGrantAboveThreshold(actor: Actor): boolean {
  return actor.role === 'team_lead';
}

/** Who approved a granted request: a team lead's own grant is its approval; a coordinator's is none. */
export function approverOfGrant(actor: Actor): string | null {
  return mayGrantAboveThreshold(actor) ? actor.userId : null;
}

/**
 * The request list's scope besides the actor's team: a coordinator also sees requests for the
 * households they coordinate themself (which may lie in another team's area).
 */
export function listsOwnHouseholdRequests(actor: Actor): boolean {
  return actor.role === 'coordinator';
}
