import { fillPlaceholders, type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { preparedOnce } from '../db/prepared.ts';
import { organisationNameRow } from '../tenancy/fragments.ts';
import { freePlaces, placementPlace, placementSearchVersion } from './schema.ts';

/**
 * The tenant's searchable places, kept in memory per search version (decision 0051). A search
 * reads only the tenant's `placement_search_version` (one primary-key lookup) and, while it is the
 * version the places were read at, searches them here. A trigger changes that number in the
 * transaction of every change to a place or to an organisation's name, whichever server process,
 * job or hand-made fix wrote it (decision 0041), so a kept set is never older than what the
 * database says at the moment of the search — across processes, without LISTEN/NOTIFY.
 */
export type KeptPlace = {
  id: string;
  minAge: number;
  maxAge: number;
  /** `YYYY-MM-DD`: compared as text with the search's date. */
  availableFrom: string;
  availableUntil: string | null;
  /** The confirmation in ms, cut to milliseconds as a JavaScript Date is. */
  confirmedMs: number;
  /** The stored runs of the hit's JSON (hit-json.ts). */
  head: string;
  body: string;
  /** The organisation's current name as JSON text. */
  organisationName: string;
};

type KeptSet = {
  version: bigint;
  /** Free, not withdrawn places by `rank|postcode`, each list by id. */
  byPair: Map<string, KeptPlace[]>;
  size: number;
};

/** The tenant's version as text ('0' before its first place), for use inside a statement. */
function searchVersionOf(tenantId: Placeholder | string): SQL<string> {
  const v = placementSearchVersion;
  return sql<string>`coalesce((select ${v.version}::text from ${v} where ${v.tenantId} = ${tenantId}), '0')`;
}

const tenant = () => sql.placeholder('tenantId');

const versionStatement = (db: Executor) =>
  preparedOnce(db, 'placement_search_version', (d) =>
    d
      .select({ version: searchVersionOf(tenant()) })
      .from(sql`(values (1)) as one`)
      .prepare('placement_search_version'),
  );

/**
 * Every searchable place of the tenant with the version, in one snapshot: the version row joined
 * to the free, not withdrawn places (`placement_place_search_idx`'s own predicate, so it reads that
 * index and never a full or withdrawn place). No place: one row of nulls with the version.
 */
function loadStatement(db: Executor) {
  const p = placementPlace;
  const org = organisationNameRow(sql`${tenant()}`, p.organisationId);
  return db
    .select({
      version: sql<string>`v.version`,
      // Columns as SQL: the place is joined in the raw FROM below, which drizzle does not see.
      id: sql<string | null>`${p.id}`,
      typeRank: sql<number | null>`${p.typeRank}`,
      postcode: sql<string | null>`${p.postcode}`,
      minAge: sql<number>`${p.minAge}`,
      maxAge: sql<number>`${p.maxAge}`,
      availableFrom: sql<string>`${p.availableFrom}::text`,
      availableUntil: sql<string | null>`${p.availableUntil}::text`,
      confirmedMs: sql<number>`(extract(epoch from date_trunc('milliseconds', ${p.confirmedAt})) * 1000)::float8`,
      head: sql<string>`${p.hitHead}`,
      body: sql<string>`${p.hitBody}`,
      organisationName: sql<string>`coalesce(to_json(org.name)::text, 'null')`,
    })
    .from(
      // Literally 0, not a placeholder: so the planner knows it implies the index's predicate.
      sql`(select ${searchVersionOf(tenant())} as version) as v
        left join ${p} on ${p.tenantId} = ${tenant()} and ${p.withdrawnAt} is null and ${freePlaces(p)} > 0
        left join lateral ${org} as org on true`,
    )
    .prepare('placement_places_kept');
}

const loadPrepared = (db: Executor) => preparedOnce(db, 'placement_places_kept', loadStatement);

/** The statement that reads a tenant's places, as the server sends it (for EXPLAIN). */
export function keptPlacesQuery(db: Executor, tenantId: string): { sql: string; params: unknown[] } {
  const query = loadStatement(db).getQuery();
  return { sql: query.sql, params: fillPlaceholders(query.params, { tenantId }) };
}

async function load(db: Executor, tenantId: string): Promise<KeptSet> {
  const rows = await loadPrepared(db).execute({ tenantId });
  const byPair = new Map<string, KeptPlace[]>();
  let size = 0;
  for (const r of rows) {
    if (r.id === null || r.typeRank === null || r.postcode === null) continue;
    const key = `${r.typeRank}|${r.postcode}`;
    let list = byPair.get(key);
    if (!list) {
      list = [];
      byPair.set(key, list);
    }
    list.push({
      id: r.id,
      minAge: r.minAge,
      maxAge: r.maxAge,
      availableFrom: r.availableFrom,
      availableUntil: r.availableUntil,
      confirmedMs: r.confirmedMs,
      head: r.head,
      body: r.body,
      organisationName: r.organisationName,
    });
    size += 1;
  }
  // Ordered as PostgreSQL orders text under the database's C collation: by code unit.
  for (const list of byPair.values()) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { version: BigInt(rows[0]?.version ?? '0'), byPair, size };
}

type Keeper = {
  sets: Map<string, KeptSet>;
  loading: Map<string, Promise<KeptSet>>;
  kept: number;
};

/**
 * About 600 bytes a place: a region of a million residents publishes about 10,000 (6 MB). Beyond
 * this many in all, the least recently searched tenants are let go first.
 */
const MAX_KEPT_PLACES = 100_000;
const keepers = new WeakMap<Executor, Keeper>();

function keeperOf(db: Executor): Keeper {
  let keeper = keepers.get(db);
  if (!keeper) {
    keeper = { sets: new Map(), loading: new Map(), kept: 0 };
    keepers.set(db, keeper);
  }
  return keeper;
}

function keep(keeper: Keeper, tenantId: string, set: KeptSet): void {
  const old = keeper.sets.get(tenantId);
  if (old && old.version >= set.version) return;
  if (old) keeper.kept -= old.size;
  keeper.sets.delete(tenantId);
  // A Map iterates in insertion order: the first entries were searched longest ago.
  for (const [other, kept] of keeper.sets) {
    if (keeper.kept + set.size <= MAX_KEPT_PLACES) break;
    keeper.sets.delete(other);
    keeper.kept -= kept.size;
  }
  keeper.sets.set(tenantId, set);
  keeper.kept += set.size;
}

/** Reads the tenant's places once for every search that waits for them at the same time. */
function loadShared(db: Executor, keeper: Keeper, tenantId: string): Promise<KeptSet> {
  let pending = keeper.loading.get(tenantId);
  if (!pending) {
    pending = load(db, tenantId).finally(() => keeper.loading.delete(tenantId));
    keeper.loading.set(tenantId, pending);
  }
  return pending;
}

/**
 * The tenant's searchable places as the database holds them now: the kept set when the version is
 * unchanged, otherwise read again (a read that began before the version this search saw is not
 * used: it may miss the change).
 */
export async function placesOf(db: Executor, tenantId: string): Promise<ReadonlyMap<string, KeptPlace[]>> {
  const keeper = keeperOf(db);
  const [current] = await versionStatement(db).execute({ tenantId });
  const version = BigInt(current?.version ?? '0');
  const kept = keeper.sets.get(tenantId);
  if (kept && kept.version === version) {
    // Searched now: to the end of the eviction order.
    keeper.sets.delete(tenantId);
    keeper.sets.set(tenantId, kept);
    return kept.byPair;
  }
  let set = await loadShared(db, keeper, tenantId);
  if (set.version < version) set = await load(db, tenantId);
  keep(keeper, tenantId, set);
  return set.byPair;
}
