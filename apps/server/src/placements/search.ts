import { PLACE_SEARCH_LIMIT, type PlaceSearchQuery, PlaceType } from '@een-plan/contracts';
import { and, asc, fillPlaceholders, isNull, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import type { Executor } from '../db/database.ts';
import { preparedOnce } from '../db/prepared.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { organisationNameRow } from '../tenancy/fragments.ts';
import { boundingBox, centreOf, distanceKm } from './geo.ts';
import { hitJson } from './hit-json.ts';
import { PC4_CENTRES } from './pc4-centres.ts';
import { staleAt, staleSince, typeRank } from './place-types.ts';
import { freePlaces, placementPlace } from './schema.ts';
import { keepAnswer, keptAnswer, searchVersionOf } from './search-cache.ts';

type SearchQuery = z.output<typeof PlaceSearchQuery>;

const CENTRES = Object.entries(PC4_CENTRES);

/** The types a search may return: closed places only when it carries a recorded measure. */
export function searchableTypes(query: Pick<SearchQuery, 'types' | 'measure'>): PlaceType[] {
  const asked = query.types.length > 0 ? query.types : PlaceType.options;
  return asked.filter((t) => t !== 'closed' || query.measure !== undefined);
}

/**
 * What the (type rank, PC4) pairs within reach are made of, "zo thuis mogelijk": the ranks in
 * order, and the PC4 centres within reach by the distance between the family's and the place's
 * centre (haversine, 0.1 km, `distanceKm`), then by postcode. Only the centres inside the
 * bounding box are measured. Computed here, so PostgreSQL only walks them: every rank with every
 * centre, in that order (`searchStatement`). Sent once each rather than once per pair, the arrays
 * are as long as the list of centres, not ranks × centres: less to write, send and parse.
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
  // Sent as array literals (digits and dots only, nothing to quote): built once per key below.
  return {
    ranks: arrayLiteral(ranks),
    pc4s: arrayLiteral(near.map((c) => c.pc4)),
    kms: arrayLiteral(near.map((c) => c.km)),
  };
}

const arrayLiteral = (values: ReadonlyArray<string | number>) => `{${values.join(',')}}`;

type Pairs = ReturnType<typeof pairsNear>;
const MAX_REMEMBERED_PAIRS = 1_000;
const rememberedPairs = new Map<string, Pairs>();

/**
 * The pairs of one family postcode, radius and set of types. Searches repeat (a team's families
 * live in a few postcodes), so they are worked out once: a few hundred distances and three array
 * literals that pg would otherwise write out again on every request.
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

/** The statement's values, by placeholder name. */
type SearchValues = {
  tenantId: string;
  age: number;
  date: string;
  /** A place confirmed at or before this moment is stale (`staleSince`). */
  staleSince: string;
  ranks: string;
  pc4s: string;
  kms: string;
};

const value = (name: keyof SearchValues) => sql.placeholder(name);

/**
 * The search's one statement: for each (type rank, PC4) pair in the order `pairsNear` gives, the
 * free places of that rank in that postcode from `placement_place_search_idx`. A place's distance
 * is its postcode's, so the pairs' order is the results' order; PostgreSQL walks the pairs until
 * it has 50 rows and reads nothing more (with 10,000 places in a 100 km radius a handful of index
 * ranges instead of every place).
 *
 * PostgreSQL also writes the answer: one JSON array of the contract's hits (`hitJson`), which
 * the route sends as it comes. Reading fifty rows of twelve columns into objects, dates and back
 * to JSON was most of the search's own CPU in Node.
 *
 * Every input is a placeholder, so the text never changes: it is built once per database and
 * runs as a named prepared statement (`preparedSearch`), parsed once per connection.
 */
function searchStatement(db: Executor) {
  // Each rank (r.i-th) with each centre (c.j-th): pairs in the order (i, j).
  const pairs = sql`(
    select r.rank, c.pc4, c.km, r.i, c.j
      from unnest(${value('ranks')}::smallint[]) with ordinality as r(rank, i)
     cross join unnest(${value('pc4s')}::text[], ${value('kms')}::float8[]) with ordinality as c(pc4, km, j)
     order by r.i, c.j
  ) as pair`;
  const p = placementPlace;
  const date = sql`${value('date')}::date`;
  const age = sql`${value('age')}::smallint`;
  const hits = db
    .select({
      id: p.id,
      organisationId: p.organisationId,
      confirmedAt: p.confirmedAt,
      hitHead: p.hitHead,
      hitBody: p.hitBody,
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
        // Literally 0, not a placeholder: so the planner knows it implies the index's predicate.
        sql`${freePlaces(p)} > 0`,
      ),
    )
    .orderBy(asc(p.id))
    .limit(PLACE_SEARCH_LIMIT)
    .as('hit');
  const found = db
    .select({
      i: sql<number>`pair.i`.as('i'),
      j: sql<number>`pair.j`.as('j'),
      km: sql<number>`pair.km`.as('km'),
      id: hits.id,
      organisationId: hits.organisationId,
      confirmedAt: hits.confirmedAt,
      hitHead: hits.hitHead,
      hitBody: hits.hitBody,
    })
    .from(pairs)
    .crossJoinLateral(hits)
    .orderBy(sql`pair.i`, sql`pair.j`, asc(hits.id))
    .limit(PLACE_SEARCH_LIMIT)
    .as('found');
  // Cut to milliseconds as a JavaScript Date is, so `isStale` and this statement agree.
  const confirmedMs = sql`date_trunc('milliseconds', ${found.confirmedAt})`;
  // The place's own fields come written (hit-json.ts); the search adds what depends on it.
  const hit = hitJson(
    { head: sql`${found.hitHead}`, body: sql`${found.hitBody}` },
    {
      // to_json itself, as placement_json_text's body: a call of that SQL function is not inlined.
      organisationName: sql`coalesce(to_json(org.name)::text, 'null')`,
      stale: sql`(${confirmedMs} <= ${value('staleSince')}::timestamptz)::text`,
      distanceKm: sql`${found.km}::text`,
    },
  );
  // The organisation joined once to the fifty (not a subquery per row).
  const org = organisationNameRow(sql`${value('tenantId')}`, found.organisationId);
  return db
    .select({
      places: sql<string>`coalesce('[' || string_agg(${hit}, ',' order by found.i, found.j, found.id) || ']', '[]')`,
      // What the cache needs (search-cache.ts), read in the same snapshot as the hits.
      version: searchVersionOf(value('tenantId')),
      firstConfirmedFresh: sql<number | null>`(extract(epoch from min(${confirmedMs})
        filter (where ${confirmedMs} > ${value('staleSince')}::timestamptz)) * 1000)::float8`,
    })
    .from(sql`${found} left join lateral ${org} as org on true`);
}

function searchValues(
  tenantId: string,
  query: SearchQuery,
  types: PlaceType[],
  centre: { lat: number; lon: number },
  now: Date,
): SearchValues {
  return {
    tenantId,
    age: query.age,
    date: query.date,
    staleSince: staleSince(now).toISOString(),
    ...pairsFor(query.postcode, query.maxKm, types, centre),
  };
}

/** The statement's text and its values, exactly as the server sends them (for EXPLAIN). */
export function searchQuery(
  db: Executor,
  tenantId: string,
  query: SearchQuery,
  types: PlaceType[],
  centre: { lat: number; lon: number },
  now = new Date(),
): { sql: string; params: unknown[] } {
  const statement = searchStatement(db).toSQL();
  return {
    sql: statement.sql,
    params: fillPlaceholders(statement.params, searchValues(tenantId, query, types, centre, now)),
  };
}

/** The statement prepared once per database (or transaction): no SQL is built per request. */
const preparedSearch = (db: Executor) =>
  preparedOnce(db, 'placement_search', (d) => searchStatement(d).prepare('placement_search'));

/**
 * Free places for a youth of `age` on `date` within `maxKm` of the family's postcode, "zo thuis
 * mogelijk": network foster care first, then regular and part-time foster care, family homes,
 * residential groups, crisis beds (closed places only with a measure) — and within a type the
 * nearest first. One bounded, indexed, prepared statement; at most 50 hits come back, as the JSON
 * text of the contract's `PlaceHit[]`.
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
  const key = `${actor.tenantId}|${query.postcode}|${query.maxKm}|${types.join(',')}|${query.age}|${query.date}`;
  const kept = await keptAnswer(db, actor.tenantId, key, now);
  if (kept !== undefined) return kept;
  const [row] = await preparedSearch(db).execute(searchValues(actor.tenantId, query, types, centre, now));
  if (!row) return '[]';
  keepAnswer(db, key, {
    version: row.version,
    json: row.places,
    from: now.getTime(),
    until: row.firstConfirmedFresh === null ? Infinity : staleAt(new Date(row.firstConfirmedFresh)).getTime(),
  });
  return row.places;
}
