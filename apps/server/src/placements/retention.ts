/**
 * Destruction of a household's place reservations (retention and erasure). The places are the
 * provider's and stay; a reservation still held gives its place back, as expiry would.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { placementPlace, placementReservation } from './schema.ts';

export async function destroyHouseholdData(tx: Executor, tenantId: string, householdId: string) {
  const gone = await tx
    .delete(placementReservation)
    .where(
      and(eq(placementReservation.tenantId, tenantId), eq(placementReservation.householdId, householdId)),
    )
    .returning({ placeId: placementReservation.placeId, status: placementReservation.status });
  for (const r of gone.filter((g) => g.status === 'held'))
    await tx
      .update(placementPlace)
      .set({ placesReserved: sql`${placementPlace.placesReserved} - 1` })
      .where(and(eq(placementPlace.tenantId, tenantId), eq(placementPlace.id, r.placeId)));
  return { placement_reservation: gone.length };
}
