import { and, eq } from 'drizzle-orm';
import { placementPlace, placementReservation } from './schema.ts';

/** A reservation's place: same tenant, its place id (the join every reservation read needs). */
export const placeOfReservation = and(
  eq(placementPlace.tenantId, placementReservation.tenantId),
  eq(placementPlace.id, placementReservation.placeId),
);
