import type { Actor } from './actor.ts';

type OfferEditDecision = { allowed: true } | { allowed: false; reason: 'not_offer_maintainer' };

/** Administrators maintain every offer of the social map; an offering organisation maintains its own. */
export function decideOfferEdit(actor: Actor, maintainerOrganisationId: string | null): OfferEditDecision {
  if (actor.role === 'admin') return { allowed: true };
  const ownOrganisation =
    actor.role === 'provider' &&
    actor.organisationId !== null &&
    actor.organisationId === maintainerOrganisationId;
  return ownOrganisation ? { allowed: true } : { allowed: false, reason: 'not_offer_maintainer' };
}

/** Who maintains an offer after a save: an administrator chooses; an organisation keeps it its own. */
export function offerMaintainerAfterSave(
  actor: Actor,
  requested: string | null | undefined,
  current: string | null,
): string | null {
  return actor.role === 'admin' ? (requested ?? null) : current;
}
