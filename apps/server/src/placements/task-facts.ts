/**
 * Facts the task rules ask of Plekvrij: reservations held on a provider's place, waiting for the
 * provider's answer, due the day the hold expires.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { placeOfReservation } from './joins.ts';
import { placementPlace, placementReservation } from './schema.ts';

/** Reservations are few at any time (each holds a real place); the limit only bounds a runaway. */
const LIMIT = 1_000;

export async function reservationsAwaitingAnswer(
  db: Executor,
  tenantId: string,
): Promise<Array<{ id: string; householdId: string; organisationId: string; dueDate: string }>> {
  const rows = await db
    .select({
      id: placementReservation.id,
      householdId: placementReservation.householdId,
      organisationId: placementPlace.organisationId,
      expiresAt: placementReservation.expiresAt,
    })
    .from(placementReservation)
    .innerJoin(placementPlace, placeOfReservation)
    .where(and(eq(placementReservation.tenantId, tenantId), eq(placementReservation.status, 'held')))
    .orderBy(asc(placementReservation.expiresAt))
    .limit(LIMIT);
  return rows.map((r) => ({
    id: r.id,
    householdId: r.householdId,
    organisationId: r.organisationId,
    dueDate: amsterdamDate(r.expiresAt),
  }));
}
