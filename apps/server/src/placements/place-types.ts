import { PLACE_TYPE_CATEGORIES, type Place, PlaceType } from '@een-plan/contracts';
import type { placementPlace } from './schema.ts';

/** Days without the provider's confirmation after which a place is marked stale. */
const STALE_DAYS = 7;
const DAY_MS = 86_400_000;

/** "Zo thuis mogelijk": the position of a type in the contract's ordered list, 1 = most like home. */
export function typeRank(type: PlaceType): number {
  return PlaceType.options.indexOf(type) + 1;
}

export function categoriesOf(type: PlaceType): readonly string[] {
  return PLACE_TYPE_CATEGORIES[type];
}

/** Seen from `now`, a place confirmed at this moment or earlier is stale. */
export function staleSince(now: Date): Date {
  return new Date(now.getTime() - STALE_DAYS * DAY_MS);
}

/** The moment a place confirmed at `confirmedAt` turns stale. */
function staleAt(confirmedAt: Date): Date {
  return new Date(confirmedAt.getTime() + STALE_DAYS * DAY_MS);
}

function isStale(confirmedAt: Date, now: Date): boolean {
  return now.getTime() >= staleAt(confirmedAt).getTime();
}

export function toPlace(
  r: typeof placementPlace.$inferSelect,
  organisationName: string,
  now: Date,
  distanceKm: number | null = null,
): Place {
  return {
    id: r.id,
    organisationId: r.organisationId,
    organisationName,
    placeType: r.placeType,
    productCategory: r.productCategory,
    minAge: r.minAge,
    maxAge: r.maxAge,
    postcode: r.postcode,
    region: r.region,
    availableFrom: r.availableFrom,
    availableUntil: r.availableUntil,
    places: r.placesTotal,
    reserved: r.placesReserved,
    occupied: r.placesOccupied,
    free: r.placesTotal - r.placesReserved - r.placesOccupied,
    notes: r.notes,
    lastConfirmedAt: r.confirmedAt.toISOString(),
    stale: isStale(r.confirmedAt, now),
    version: r.version,
    distanceKm,
  };
}
