/**
 * The name scrub of an erasure of one person in the household's place reservations (decision
 * 0027): the provider's reason for declining, stored as plain text like the module writes it.
 * The measure's reference (a court order number) is no name and stays.
 */
import { householdTextScrub } from '../households/name-scrub.ts';
import { placementReservation } from './schema.ts';

export const scrubPlacementNames = householdTextScrub('name_in_placements', [
  [placementReservation, { declineReason: placementReservation.declineReason }],
]);
