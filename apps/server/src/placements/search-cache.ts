import { type Placeholder, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { preparedOnce } from '../db/prepared.ts';
import { placementSearchVersion } from './schema.ts';

/**
 * Search answers kept in memory (decision 0041). An answer is given again only while the tenant's
 * `placement_search_version` is still the one it was read at — a trigger changes that number in
 * the transaction of every change to a place, whichever server process or job made it — and
 * while none of its places has turned stale since (7 days is a matter of the clock, not of a
 * write). So a kept answer costs one primary-key read instead of the search.
 */
type Kept = {
  /** The tenant's version, read in the same statement as the hits. */
  version: string;
  /** The hits as JSON text. */
  json: string;
  /** The `now` it was worked out for, in ms: a search for an earlier moment does not use it. */
  from: number;
  /** When its first fresh hit turns stale, in ms (Infinity: none will). */
  until: number;
};

/** About 15 kB each: a few megabytes at most; full means a fresh start, as `pairsFor` does. */
const MAX_KEPT = 300;
const keptByDb = new WeakMap<Executor, Map<string, Kept>>();

/** The tenant's version as text ('0' before its first place), for use inside a statement. */
export function searchVersionOf(tenantId: Placeholder | string): SQL<string> {
  const v = placementSearchVersion;
  return sql<string>`coalesce((select ${v.version}::text from ${v} where ${v.tenantId} = ${tenantId}), '0')`;
}

const versionStatement = (db: Executor) =>
  preparedOnce(db, 'placement_search_version', (d) =>
    d
      .select({ version: searchVersionOf(sql.placeholder('tenantId')) })
      .from(sql`(values (1)) as one`)
      .prepare('placement_search_version'),
  );

/** The kept answer for `key`, if it is still exactly what the search would say at `now`. */
export async function keptAnswer(
  db: Executor,
  tenantId: string,
  key: string,
  now: Date,
): Promise<string | undefined> {
  const kept = keptByDb.get(db)?.get(key);
  if (!kept || now.getTime() < kept.from || now.getTime() >= kept.until) return undefined;
  const [current] = await versionStatement(db).execute({ tenantId });
  return current?.version === kept.version ? kept.json : undefined;
}

export function keepAnswer(db: Executor, key: string, answer: Kept): void {
  let kept = keptByDb.get(db);
  if (!kept) {
    kept = new Map();
    keptByDb.set(db, kept);
  }
  if (kept.size >= MAX_KEPT && !kept.has(key)) kept.clear();
  kept.set(key, answer);
}
