import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { findHouseholdFacts } from '../households/membership.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/authorize.ts';
import { decidePlan } from '../policy/decide-plan.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { announcePlaceChanges } from './live.ts';
import { lockPlace } from './places.ts';
import { lockReservation } from './reservations.ts';
import { placementPlace, placementReservation } from './schema.ts';

const attempt = (id: string) => ({
  action: 'placement.reservation_cancel',
  subjectType: 'placement_reservation',
  subjectId: id,
  dataCategory: 'placement',
  purpose: 'placement',
});

/**
 * The coordinator lets go of a place before the provider answered (the family found another way,
 * a better place came free). Whoever may edit the household's plan may cancel, as they may
 * reserve; the place is free again in the same transaction that ends the reservation.
 */
export async function cancelReservation(
  db: Db,
  actor: Actor,
  id: string,
  ctx: RequestOrigin,
  now = new Date(),
): Promise<{ status: 'cancelled' }> {
  // Decided outside the write's transaction, so a refusal's audit row is never rolled back.
  await authorize(db, actor, ctx, {
    load: async () => {
      const [r] = await db
        .select({ householdId: placementReservation.householdId })
        .from(placementReservation)
        .where(and(eq(placementReservation.tenantId, actor.tenantId), eq(placementReservation.id, id)))
        .limit(1);
      return r ? findHouseholdFacts(db, actor.tenantId, r.householdId) : null;
    },
    decide: (h) => decidePlan(actor, 'plan.edit', { tenantId: actor.tenantId, ...h }),
    attempt: attempt(id),
    answer: 'not_found',
  });
  const change = await db.transaction(async (tx) => {
    const r = await lockReservation(tx, actor.tenantId, id);
    if (r.status !== 'held' || r.expiresAt.getTime() <= now.getTime()) {
      throw new ProblemError('placement_reservation_not_held');
    }
    const place = await lockPlace(tx, actor.tenantId, r.placeId);
    await tx
      .update(placementPlace)
      .set({ placesReserved: sql`${placementPlace.placesReserved} - 1` })
      .where(and(eq(placementPlace.tenantId, actor.tenantId), eq(placementPlace.id, r.placeId)));
    await tx
      .update(placementReservation)
      .set({ status: 'cancelled' })
      .where(and(eq(placementReservation.tenantId, actor.tenantId), eq(placementReservation.id, id)));
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      outcome: 'success',
      ...attempt(id),
      ...ctx,
      details: { placeId: r.placeId, householdId: r.householdId },
    });
    return { placeId: r.placeId, free: place.placesTotal - place.placesReserved - place.placesOccupied + 1 };
  });
  await announcePlaceChanges(db, actor.tenantId, [change]);
  return { status: 'cancelled' };
}
