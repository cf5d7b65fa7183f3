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

type SearchField = { [K in keyof typeof HIT_FIELDS]: (typeof HIT_FIELDS)[K] extends null ? K : never };
/** The fields a search fills in, each an expression giving its JSON text. */
export type SearchFields = Record<NonNullable<SearchField[keyof SearchField]>, SQL>;

const entries = Object.entries(HIT_FIELDS);
/** `{"key":` for the first field, `,"key":` for the others. */
const memberStart = (index: number) => `${index === 0 ? '{' : ','}${JSON.stringify(entries[index]![0])}:`;

/** The stored runs of row fields, in order: each one generated column's expression. */
const runs: SQL[] = [];
let run: SQL[] = [];
entries.forEach(([, field], index) => {
  if (field === null) {
    if (run.length > 0) runs.push(sql.join(run, sql.raw(' || ')));
    run = [];
    return;
  }
  run.push(sql.raw(`'${memberStart(index)}'`), field);
});
if (run.length > 0) runs.push(sql.join(run, sql.raw(' || ')));
if (runs.length !== 2) throw new Error('a place hit is stored as hit_head and hit_body: two runs of row fields');

/** `hit_head`'s expression: the row fields before the organisation's name. */
export const HIT_HEAD: SQL = runs[0]!;
/** `hit_body`'s expression: the row fields between the organisation's name and stale. */
export const HIT_BODY: SQL = runs[1]!;

/**
 * The whole hit as JSON text: the stored runs (`head`, `body`) and the search's fields, each
 * under its key, in the contract's order.
 */
export function hitJson(stored: { head: SQL; body: SQL }, search: SearchFields): SQL {
  const parts: SQL[] = [];
  let storedRun = 0;
  entries.forEach(([key, field], index) => {
    if (field !== null) {
      if (index === 0 || HIT_FIELDS[entries[index - 1]![0] as keyof typeof HIT_FIELDS] === null)
        parts.push(storedRun++ === 0 ? stored.head : stored.body);
      return;
    }
    parts.push(sql.raw(`'${memberStart(index)}'`), search[key as keyof SearchFields]);
  });
  parts.push(sql.raw(`'}'`));
  return sql.join(parts, sql.raw(' || '));
}
