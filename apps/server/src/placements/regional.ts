import { PlaceType, type RegionalRow, type RegionalView } from '@een-plan/contracts';
import { and, eq, isNull, lt } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { addDays, amsterdamDate } from '../referrals/working-days.ts';
import { placementPlace, placementReservation } from './schema.ts';

const WEEKS = 8;

function mondayOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/**
 * Free / reserved / occupied places per type, region and week, for 8 weeks from `from` (a week's
 * Monday; this week by default): counts only, no person. A week counts the places available in it;
 * occupied places stay occupied until their confirmed reservation's end date, and the current
 * holds count in the current week only (they expire within days).
 */
export async function regionalView(
  db: Executor,
  tenantId: string,
  from?: string,
  now = new Date(),
): Promise<RegionalView> {
  const thisWeek = mondayOf(amsterdamDate(now));
  const first = mondayOf(from ?? thisWeek);
  const weeks = Array.from({ length: WEEKS }, (_, i) => addDays(first, i * 7));
  const places = await db
    .select()
    .from(placementPlace)
    .where(and(eq(placementPlace.tenantId, tenantId), isNull(placementPlace.withdrawnAt)))
    .limit(20_000);
  const ended = await db
    .select({ placeId: placementReservation.placeId, endDate: placementReservation.endDate })
    .from(placementReservation)
    .where(
      and(
        eq(placementReservation.tenantId, tenantId),
        eq(placementReservation.status, 'confirmed'),
        lt(placementReservation.endDate, addDays(first, WEEKS * 7)),
      ),
    )
    .limit(20_000);
  const endsByPlace = new Map<string, string[]>();
  for (const e of ended) endsByPlace.set(e.placeId, [...(endsByPlace.get(e.placeId) ?? []), e.endDate]);
  const cells = new Map<string, RegionalRow>();
  for (const week of weeks) {
    const weekEnd = addDays(week, 6);
    for (const p of places) {
      if (p.availableFrom > weekEnd || (p.availableUntil !== null && p.availableUntil < week)) continue;
      const leftBefore = (endsByPlace.get(p.id) ?? []).filter((end) => end < week).length;
      const occupied = Math.max(0, p.placesOccupied - leftBefore);
      const reserved = week === thisWeek ? p.placesReserved : 0;
      const key = `${week}|${p.region}|${p.placeType}`;
      const cell = cells.get(key) ?? {
        week,
        region: p.region,
        placeType: p.placeType,
        free: 0,
        reserved: 0,
        occupied: 0,
      };
      cell.occupied += occupied;
      cell.reserved += reserved;
      cell.free += Math.max(0, p.placesTotal - occupied - reserved);
      cells.set(key, cell);
    }
  }
  const rank = (t: PlaceType) => PlaceType.options.indexOf(t);
  const rows = [...cells.values()].sort(
    (a, b) =>
      a.week.localeCompare(b.week) ||
      a.region.localeCompare(b.region) ||
      rank(a.placeType) - rank(b.placeType),
  );
  return { weeks, rows };
}
