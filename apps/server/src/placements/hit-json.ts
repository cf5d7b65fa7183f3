import type { PlaceHit } from '@een-plan/contracts';
import { type SQL, sql } from 'drizzle-orm';

/**
 * A search hit (the contract's `PlaceHit`) as JSON text, written the way `row_to_json` writes it
 * (compact, the contract's key order). Most of a hit is the place's own row: that JSON is written
 * when the row is, into two stored generated columns (`hit_head`, `hit_body`), so a search only
 * joins them to what depends on the search — the organisation's current name, stale (the clock)
 * and the distance. Escaping text as JSON per field per hit was most of the search's cost in
 * PostgreSQL.
 *
 * Every key of the contract is listed, in its order: the compiler keeps the list complete.
 * `null` marks a field the search fills in; a run of row fields between two of them is one stored
 * column.
 */
const jsonText = (column: string) => sql.raw(`placement_json_text(${column})`);
const HIT_FIELDS: { [K in keyof Required<PlaceHit>]: SQL | null } = {
  id: jsonText('id'),
  organisationId: jsonText('organisation_id'),
  organisationName: null,
  placeType: jsonText('place_type'),
  minAge: sql.raw('min_age::text'),
  maxAge: sql.raw('max_age::text'),
  postcode: jsonText('postcode'),
  region: jsonText('region'),
  free: sql.raw('(places_total - places_reserved - places_occupied)::text'),
  notes: jsonText('notes'),
  // Date#toISOString's form (milliseconds cut off as a JavaScript Date cuts them).
  lastConfirmedAt: sql.raw('placement_json_moment(confirmed_at)'),
  stale: null,
  distanceKm: null,
};

type SearchKey = {
  [K in keyof typeof HIT_FIELDS]: (typeof HIT_FIELDS)[K] extends null ? K : never;
}[keyof typeof HIT_FIELDS];

/** A run of row fields (one stored column) or one field of the search, each with its key. */
type Piece = { kind: 'stored'; parts: SQL[] } | { kind: 'search'; key: SearchKey; start: string };
const pieces: Piece[] = [];
Object.entries(HIT_FIELDS).forEach(([key, field], index) => {
  // `{"key":` for the first field, `,"key":` for the others.
  const start = `${index === 0 ? '{' : ','}${JSON.stringify(key)}:`;
  const last = pieces.at(-1);
  if (field === null) pieces.push({ kind: 'search', key: key as SearchKey, start });
  else if (last?.kind === 'stored') last.parts.push(sql.raw(`'${start}'`), field);
  else pieces.push({ kind: 'stored', parts: [sql.raw(`'${start}'`), field] });
});
const [head, body, ...more] = pieces.flatMap((p) =>
  p.kind === 'stored' ? [sql.join(p.parts, sql.raw(' || '))] : [],
);
if (!head || !body || more.length > 0)
  throw new Error('a place hit is stored as two runs: hit_head, hit_body');

/** `hit_head`'s expression: the row fields before the organisation's name. */
export const HIT_HEAD: SQL = head;
/** `hit_body`'s expression: the row fields between the organisation's name and stale. */
export const HIT_BODY: SQL = body;

/**
 * The whole hit as JSON text: the stored runs (`hit_head`, `hit_body` as read) and the search's
 * fields (each already JSON text) under their keys, in the contract's order. The search runs over
 * the tenant's places kept in memory (decision 0051), so the hit is joined here.
 */
export function hitText(stored: { head: string; body: string }, search: Record<SearchKey, string>): string {
  let text = '';
  let storedIndex = 0;
  for (const p of pieces) {
    if (p.kind === 'stored') text += storedIndex++ === 0 ? stored.head : stored.body;
    else text += p.start + search[p.key];
  }
  return `${text}}`;
}
