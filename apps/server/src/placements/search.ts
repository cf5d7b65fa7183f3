import { PLACE_SEARCH_LIMIT, type PlaceSearchQuery, PlaceType } from '@een-plan/contracts';
import type { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import type { Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { boundingBox, centreOf, distanceKm } from './geo.ts';
import { hitText } from './hit-json.ts';
import { type KeptPlace, placesOf } from './kept-places.ts';
import { PC4_CENTRES } from './pc4-centres.ts';
import { staleSince, typeRank } from './place-types.ts';

type SearchQuery = z.output<typeof PlaceSearchQuery>;

const CENTRES = Object.entries(PC4_CENTRES);

/** The types a search may return: closed places only when it carries a recorded measure. */
export function searchableTypes(query: Pick<SearchQuery, 'types' | 'measure'>): PlaceType[] {
  const asked = query.types.length > 0 ? query.types : PlaceType.options;
  return asked.filter((t) => t !== 'closed' || query.measure !== undefined);
}

/**
 * What a search walks, "zo thuis mogelijk": the type ranks in order, and the PC4 centres within
 * reach by the distance between the family's and the place's centre (haversine, 0.1 km,
 * `distanceKm`), then by postcode. Only the centres inside the bounding box are measured. A place's
 * distance is its postcode's, so walking every rank with every centre in this order, and within a
 * pair the places by id, gives the results in their order.
 */
function pairsNear(centre: { lat: number; lon: number }, maxKm: number, types: PlaceType[]) {
  const box = boundingBox(centre, maxKm);
  const near = CENTRES.filter(
    ([, [lat, lon]]) => lat >= box.minLat && lat <= box.maxLat && lon >= box.minLon && lon <= box.maxLon,
  )
    .map(([pc4, [lat, lon]]) => ({ pc4, km: distanceKm(centre, { lat, lon }) }))
    .filter((c) => c.km <= maxKm)
    .sort((a, b) => a.km - b.km || (a.pc4 < b.pc4 ? -1 : a.pc4 > b.pc4 ? 1 : 0));
  const ranks = [...new Set(types.map(typeRank))].sort((a, b) => a - b);
  return ranks.flatMap((rank) =>
    near.map((c) => ({ key: `${rank}|${c.pc4}`, distanceKm: JSON.stringify(c.km) })),
  );
}

type Pairs = ReturnType<typeof pairsNear>;
const MAX_REMEMBERED_PAIRS = 1_000;
const rememberedPairs = new Map<string, Pairs>();

/**
 * The pairs of one family postcode, radius and set of types. Searches repeat (a team's families
 * live in a few postcodes), so they are worked out once: a few hundred distances.
 */
function pairsFor(postcode: string, maxKm: number, types: PlaceType[], centre: { lat: number; lon: number }) {
  const key = `${postcode}|${maxKm}|${types.join(',')}`;
  let pairs = rememberedPairs.get(key);
  if (!pairs) {
    pairs = pairsNear(centre, maxKm, types);
    if (rememberedPairs.size >= MAX_REMEMBERED_PAIRS) rememberedPairs.clear();
    rememberedPairs.set(key, pairs);
  }
  return pairs;
}

/**
 * The first 50 free places for the query among the tenant's places, as the JSON text of the
 * contract's `PlaceHit[]`: the pairs in order, each pair's places by id, those that take the age
 * on the date.
 */
function searchKept(
  places: ReadonlyMap<string, KeptPlace[]>,
  query: SearchQuery,
  pairs: Pairs,
  now: Date,
): string {
  const staleLine = staleSince(now).getTime();
  const hits: string[] = [];
  for (const pair of pairs) {
    const list = places.get(pair.key);
    if (!list) continue;
    for (const place of list) {
      if (place.minAge > query.age || place.maxAge < query.age) continue;
      if (place.availableFrom > query.date) continue;
      if (place.availableUntil !== null && place.availableUntil < query.date) continue;
      hits.push(
        hitText(place, {
          organisationName: place.organisationName,
          stale: place.confirmedMs <= staleLine ? 'true' : 'false',
          distanceKm: pair.distanceKm,
        }),
      );
      if (hits.length === PLACE_SEARCH_LIMIT) return `[${hits.join(',')}]`;
    }
  }
  return `[${hits.join(',')}]`;
}

/**
 * Free places for a youth of `age` on `date` within `maxKm` of the family's postcode, "zo thuis
 * mogelijk": network foster care first, then regular and part-time foster care, family homes,
 * residential groups, crisis beds (closed places only with a measure) — and within a type the
 * nearest first. The tenant's places as the database holds them now (one version lookup while
 * none changed, decision 0051); at most 50 hits come back, as the JSON text of the contract's
 * `PlaceHit[]`.
 */
export async function searchPlacesJson(
  db: Executor,
  actor: Actor,
  query: SearchQuery,
  ctx: RequestOrigin,
  now = new Date(),
): Promise<string> {
  const centre = centreOf(query.postcode);
  const types = searchableTypes(query);
  if (types.length === 0) return '[]';
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
  const places = await placesOf(db, actor.tenantId);
  return searchKept(places, query, pairsFor(query.postcode, query.maxKm, types, centre), now);
}
