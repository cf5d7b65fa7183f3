import type { Actor } from './actor.ts';

type Decision = { allowed: true } | { allowed: false; reason: string };

/** The facts of a published place a decision needs: whose it is. */
interface PlaceFacts {
  tenantId: string;
  organisationId: string;
}

type PlaceAction = 'place.maintain' | 'reservation.answer';

/**
 * A place is published, changed, confirmed and its reservations answered only by its own
 * provider (a person of the organisation or its system key). Whether the provider may publish
 * the type at all is the contract's question, answered in the placements module.
 */
export function decidePlace(actor: Actor, _action: PlaceAction, facts: PlaceFacts): Decision {
  if (actor.tenantId !== facts.tenantId) return { allowed: false, reason: 'other_tenant' };
  if (actor.role !== 'provider' || actor.organisationId === null) {
    return { allowed: false, reason: 'role_not_allowed' };
  }
  return actor.organisationId === facts.organisationId
    ? { allowed: true }
    : { allowed: false, reason: 'not_own_place' };
}

/** The organisation an actor publishes for, or null when the actor is not a provider. */
export function publishingOrganisation(actor: Actor): string | null {
  return actor.role === 'provider' ? actor.organisationId : null;
}
