import { PLACE_SEARCH_LIMIT, type Place, type PlaceSearchQuery, PlaceType } from '@een-plan/contracts';
import { and, asc, between, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import type { Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { organisation } from '../tenancy/schema.ts';
import { boundingBox, centreOf, distanceKm } from './geo.ts';
import { toPlace } from './place-types.ts';
import { placementPlace } from './schema.ts';

type SearchQuery = z.output<typeof PlaceSearchQuery>;

const KM_PER_DEGREE = 111.2;

/** The types a search may return: closed places only when it carries a recorded measure. */
export function searchableTypes(query: Pick<SearchQuery, 'types' | 'measure'>): PlaceType[] {
  const asked = query.types.length > 0 ? query.types : PlaceType.options;
  return asked.filter((t) => t !== 'closed' || query.measure !== undefined);
}

/**
 * Free places for a youth of `age` on `date` within `maxKm` of the family's postcode, "zo thuis
 * mogelijk": network foster care first, then regular and part-time foster care, family homes,
 * residential groups, crisis beds (closed places only with a measure) — and within a type the
 * nearest first. The bounding box uses the (tenant, lat, lon) index; at most 50 rows come back.
 */
export async function searchPlaces(
  db: Executor,
  actor: Actor,
  query: SearchQuery,
  ctx: RequestOrigin,
  now = new Date(),
): Promise<Place[]> {
  const centre = centreOf(query.postcode);
  const types = searchableTypes(query);
  if (types.length === 0) return [];
  if (query.measure) {
    // A closed place is sought for one youth under a court order: the reference is on record.
    await recordAudit(db, {
      tenantId: actor.tenantId,
      actor,
      action: 'placement.search_closed',
      outcome: 'success',
      subjectType: 'tenant',
      subjectId: actor.tenantId,
      dataCategory: 'placement',
      purpose: 'placement',
      ...ctx,
      details: { measure: query.measure, measureReference: query.measureReference ?? null },
    });
  }
  const box = boundingBox(centre, query.maxKm);
  const cosLat = Math.cos((centre.lat * Math.PI) / 180);
  // Flat-earth distance: exact enough within 150 km to filter and sort; shown with haversine.
  const approxKm = sql<number>`sqrt(power((${placementPlace.lat} - ${centre.lat}) * ${KM_PER_DEGREE}, 2) + power((${placementPlace.lon} - ${centre.lon}) * ${KM_PER_DEGREE * cosLat}, 2))`;
  const rows = await db
    .select({ place: placementPlace, organisationName: organisation.name })
    .from(placementPlace)
    .innerJoin(
      organisation,
      and(
        eq(organisation.tenantId, placementPlace.tenantId),
        eq(organisation.id, placementPlace.organisationId),
      ),
    )
    .where(
      and(
        eq(placementPlace.tenantId, actor.tenantId),
        between(placementPlace.lat, box.minLat, box.maxLat),
        between(placementPlace.lon, box.minLon, box.maxLon),
        isNull(placementPlace.withdrawnAt),
        inArray(placementPlace.placeType, types),
        lte(placementPlace.minAge, query.age),
        gte(placementPlace.maxAge, query.age),
        lte(placementPlace.availableFrom, query.date),
        or(isNull(placementPlace.availableUntil), gte(placementPlace.availableUntil, query.date)),
        sql`${placementPlace.placesTotal} - ${placementPlace.placesReserved} - ${placementPlace.placesOccupied} > 0`,
        sql`${approxKm} <= ${query.maxKm}`,
      ),
    )
    .orderBy(asc(placementPlace.typeRank), asc(approxKm), asc(placementPlace.id))
    .limit(PLACE_SEARCH_LIMIT);
  return rows.map((r) =>
    toPlace(r.place, r.organisationName, now, distanceKm(centre, { lat: r.place.lat, lon: r.place.lon })),
  );
}
