import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { announcePlaceChanges, type PlaceChange } from './live.ts';
import { placementPlace, placementReservation } from './schema.ts';

export const PLACEMENT_EXPIRY_QUEUE = 'placement-reservation-expiry';
const BATCH = 500;

let boss: PgBoss | undefined;

/**
 * Each reservation gets its own job at its expiry time; a sweep every 5 minutes catches any the
 * queue lost (a job sent while the queue was down), so no place stays held for ever.
 */
export async function registerPlacementJobs(
  queue: PgBoss,
  db: Db,
  afterExpiry: (tenantIds: string[]) => Promise<void>,
): Promise<void> {
  await queue.createQueue(PLACEMENT_EXPIRY_QUEUE);
  await queue.schedule(PLACEMENT_EXPIRY_QUEUE, '*/5 * * * *', {}, { tz: 'Europe/Amsterdam' });
  await queue.work(PLACEMENT_EXPIRY_QUEUE, async () => {
    const { tenantIds } = await expireReservations(db);
    if (tenantIds.length > 0) await afterExpiry(tenantIds);
  });
  boss = queue;
}

/** Queues the expiry of one reservation (no-op without a job queue, e.g. in tests: they call expireReservations). */
export async function scheduleExpiry(reservationId: string, expiresAt: Date): Promise<void> {
  await boss?.send(PLACEMENT_EXPIRY_QUEUE, { reservationId }, { startAfter: expiresAt });
}

/** Ends every held reservation past its expiry and frees its place. Says how many, and in which tenants. */
export async function expireReservations(
  db: Db,
  now = new Date(),
): Promise<{ expired: number; tenantIds: string[] }> {
  const due = await db
    .select({ tenantId: placementReservation.tenantId, id: placementReservation.id })
    .from(placementReservation)
    .where(and(eq(placementReservation.status, 'held'), lte(placementReservation.expiresAt, now)))
    .orderBy(asc(placementReservation.expiresAt))
    .limit(BATCH);
  const changes = new Map<string, PlaceChange[]>();
  let expired = 0;
  for (const d of due) {
    const change = await db.transaction(async (tx) => {
      // Under the lock, and only if still held: a confirmation that won the race stays confirmed.
      const [r] = await tx
        .update(placementReservation)
        .set({ status: 'expired' })
        .where(
          and(
            eq(placementReservation.tenantId, d.tenantId),
            eq(placementReservation.id, d.id),
            eq(placementReservation.status, 'held'),
            lte(placementReservation.expiresAt, now),
          ),
        )
        .returning({ placeId: placementReservation.placeId, householdId: placementReservation.householdId });
      if (!r) return null;
      const [p] = await tx
        .update(placementPlace)
        .set({ placesReserved: sql`${placementPlace.placesReserved} - 1` })
        .where(and(eq(placementPlace.tenantId, d.tenantId), eq(placementPlace.id, r.placeId)))
        .returning();
      await recordAudit(tx, {
        tenantId: d.tenantId,
        actor: null,
        action: 'placement.reservation_expire',
        outcome: 'success',
        subjectType: 'placement_reservation',
        subjectId: d.id,
        dataCategory: 'placement',
        purpose: 'placement',
        details: { placeId: r.placeId },
      });
      return p ? { placeId: p.id, free: p.placesTotal - p.placesReserved - p.placesOccupied } : null;
    });
    if (!change) continue;
    expired += 1;
    changes.set(d.tenantId, [...(changes.get(d.tenantId) ?? []), change]);
  }
  for (const [tenantId, list] of changes) await announcePlaceChanges(db, tenantId, list);
  return { expired, tenantIds: [...changes.keys()] };
}
