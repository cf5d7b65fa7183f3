import { PLACE_SEARCH_LIMIT, type PlaceHit, type PlaceSearchQuery, PlaceType } from '@een-plan/contracts';
import { and, asc, fillPlaceholders, gt, isNull, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import type { Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { organisationNameOf } from '../tenancy/fragments.ts';
import { boundingBox, centreOf } from './geo.ts';
import { PC4_CENTRES } from './pc4-centres.ts';
import { isStale, typeRank } from './place-types.ts';
import { placementPlace } from './schema.ts';

type SearchQuery = z.output<typeof PlaceSearchQuery>;

const CENTRES = Object.entries(PC4_CENTRES);

/** The types a search may return: closed places only when it carries a recorded measure. */
export function searchableTypes(query: Pick<SearchQuery, 'types' | 'measure'>): PlaceType[] {
  const asked = query.types.length > 0 ? query.types : PlaceType.options;
  return asked.filter((t) => t !== 'closed' || query.measure !== undefined);
}

/** The PC4 centres inside the search's bounding box: the only postcodes a result can have. */
function centresNear(centre: { lat: number; lon: number }, km: number) {
  const box = boundingBox(centre, km);
  return CENTRES.filter(
    ([, [lat, lon]]) => lat >= box.minLat && lat <= box.maxLat && lon >= box.minLon && lon <= box.maxLon,
  ).map(([pc4, [lat, lon]]) => ({ pc4, lat, lon }));
}

/** The statement's values, by placeholder name. */
type SearchValues = {
  tenantId: string;
  lat: number;
  lon: number;
  maxKm: number;
  age: number;
  date: string;
  ranks: string;
  centres: string;
};

const value = (name: keyof SearchValues) => sql.placeholder(name);

/**
 * The search's one statement, "zo thuis mogelijk": the (type rank, PC4) pairs within reach, in
 * rank order and then by the haversine distance between the PC4 centres (computed here, in SQL),
 * and for each pair in that order the free places of that rank in that postcode from
 * `placement_place_search_idx`. A place's distance is its postcode's, so the pairs' order is the
 * results' order; PostgreSQL walks the pairs until it has 50 rows and reads nothing more (with
 * 10,000 places in a 100 km radius a handful of index ranges instead of every place).
 *
 * Every input is a placeholder, so the text never changes: it is built once per database and
 * runs as a named prepared statement (`preparedSearch`), parsed once per connection.
 */
function searchStatement(db: Executor) {
  const lat = sql`${value('lat')}::float8`;
  const lon = sql`${value('lon')}::float8`;
  // Haversine between the centres, rounded to 0.1 km: what the coordinator sees and sorts by.
  const km = sql`round((12742 * asin(sqrt(power(sin(radians(c.lat - ${lat}) / 2), 2)
    + cos(radians(${lat})) * cos(radians(c.lat)) * power(sin(radians(c.lon - ${lon}) / 2), 2))))::numeric, 1)::float8`;
  const pairs = sql`(
    select r.rank::smallint as rank, c.pc4, ${km} as km
      from json_array_elements_text(${value('ranks')}::json) as r(rank)
     cross join json_to_recordset(${value('centres')}::json) as c(pc4 text, lat float8, lon float8)
     where ${km} <= ${value('maxKm')}::float8
     order by 1, 3, 2
  ) as pair`;
  const p = placementPlace;
  const free = sql<number>`${p.placesTotal} - ${p.placesReserved} - ${p.placesOccupied}`;
  const date = sql`${value('date')}::date`;
  const age = sql`${value('age')}::smallint`;
  const hits = db
    .select({
      id: p.id,
      tenantId: p.tenantId,
      organisationId: p.organisationId,
      placeType: p.placeType,
      minAge: p.minAge,
      maxAge: p.maxAge,
      postcode: p.postcode,
      region: p.region,
      free: free.as('free'),
      notes: p.notes,
      confirmedAt: p.confirmedAt,
    })
    .from(p)
    .where(
      and(
        sql`${p.tenantId} = ${value('tenantId')}`,
        sql`${p.typeRank} = pair.rank`,
        sql`${p.postcode} = pair.pc4`,
        isNull(p.withdrawnAt),
        sql`${p.minAge} <= ${age}`,
        sql`${p.maxAge} >= ${age}`,
        sql`${p.availableFrom} <= ${date}`,
        or(isNull(p.availableUntil), sql`${p.availableUntil} >= ${date}`),
        gt(free, 0),
      ),
    )
    .orderBy(asc(p.id))
    .limit(PLACE_SEARCH_LIMIT)
    .as('hit');
  return db
    .select({
      id: hits.id,
      organisationId: hits.organisationId,
      organisationName: organisationNameOf<string>(hits.tenantId, hits.organisationId),
      placeType: hits.placeType,
      minAge: hits.minAge,
      maxAge: hits.maxAge,
      postcode: hits.postcode,
      region: hits.region,
      free: hits.free,
      notes: hits.notes,
      confirmedAt: hits.confirmedAt,
      distanceKm: sql<number>`pair.km`.mapWith(Number),
    })
    .from(pairs)
    .crossJoinLateral(hits)
    .orderBy(sql`pair.rank`, sql`pair.km`, sql`pair.pc4`, asc(hits.id))
    .limit(PLACE_SEARCH_LIMIT);
}

function searchValues(
  tenantId: string,
  query: SearchQuery,
  types: PlaceType[],
  centre: { lat: number; lon: number },
): SearchValues {
  return {
    tenantId,
    lat: centre.lat,
    lon: centre.lon,
    maxKm: query.maxKm,
    age: query.age,
    date: query.date,
    ranks: JSON.stringify(types.map(typeRank)),
    centres: JSON.stringify(centresNear(centre, query.maxKm)),
  };
}

/** The statement's text and its values, exactly as the server sends them (for EXPLAIN). */
export function searchQuery(
  db: Executor,
  tenantId: string,
  query: SearchQuery,
  types: PlaceType[],
  centre: { lat: number; lon: number },
): { sql: string; params: unknown[] } {
  const statement = searchStatement(db).toSQL();
  return {
    sql: statement.sql,
    params: fillPlaceholders(statement.params, searchValues(tenantId, query, types, centre)),
  };
}

type PreparedSearch = ReturnType<ReturnType<typeof searchStatement>['prepare']>;
const prepared = new WeakMap<Executor, PreparedSearch>();

/** The statement prepared once per database (or transaction): no SQL is built per request. */
function preparedSearch(db: Executor): PreparedSearch {
  let statement = prepared.get(db);
  if (!statement) {
    statement = searchStatement(db).prepare('placement_search');
    prepared.set(db, statement);
  }
  return statement;
}

/**
 * Free places for a youth of `age` on `date` within `maxKm` of the family's postcode, "zo thuis
 * mogelijk": network foster care first, then regular and part-time foster care, family homes,
 * residential groups, crisis beds (closed places only with a measure) — and within a type the
 * nearest first. One bounded, indexed, prepared statement; at most 50 rows come back.
 */
export async function searchPlaces(
  db: Executor,
  actor: Actor,
  query: SearchQuery,
  ctx: RequestOrigin,
  now = new Date(),
): Promise<PlaceHit[]> {
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
  const rows = await preparedSearch(db).execute(searchValues(actor.tenantId, query, types, centre));
  // Exactly the contract's fields, built here: the route sends them without a second check.
  return rows.map((r) => ({
    id: r.id,
    organisationId: r.organisationId,
    organisationName: r.organisationName,
    placeType: r.placeType,
    minAge: r.minAge,
    maxAge: r.maxAge,
    postcode: r.postcode,
    region: r.region,
    free: Number(r.free),
    notes: r.notes,
    lastConfirmedAt: r.confirmedAt.toISOString(),
    stale: isStale(r.confirmedAt, now),
    distanceKm: r.distanceKm,
  }));
}
