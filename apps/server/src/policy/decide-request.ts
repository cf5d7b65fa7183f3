import type { Actor } from './actor.ts';
import { type Decision, decideHousehold, type HouseholdAccessFacts } from './decide.ts';

export type RequestAction = 'request.read' | 'request.decide';

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
