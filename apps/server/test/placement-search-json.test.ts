/**
 * PostgreSQL writes the search's answer as JSON text (search.ts). Whatever the statement does to
 * write it faster, the text must stay exactly what JSON.stringify makes of the contract's hits,
 * worked out here in plain TypeScript from every place row ("zo thuis mogelijk": type rank, the
 * postcode centres' distance, postcode, id; at most 50) — byte for byte, over many searches.
 */
import {
  type PlaceHit as Hit,
  PLACE_SEARCH_LIMIT,
  PlaceHit,
  PlaceSearchQuery,
  PlaceType,
} from '@een-plan/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centreOf, distanceKm } from '../src/placements/geo.ts';
import { PC4_CENTRES } from '../src/placements/pc4-centres.ts';
import { toPlace, typeRank } from '../src/placements/place-types.ts';
import { placementPlace } from '../src/placements/schema.ts';
import { searchableTypes, searchPlacesJson } from '../src/placements/search.ts';
import { organisation } from '../src/tenancy/schema.ts';
import { SANNE_ACTOR } from './helpers/demo-users.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

let t: TestDatabase;
const BULK = 3000;
const DAY_MS = 86_400_000;
const NOW = new Date();
const today = NOW.toISOString().slice(0, 10);
const dayFromNow = (days: number) => new Date(NOW.getTime() + days * DAY_MS).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestDatabase({ demoData: true });
  const postcodes = Object.keys(PC4_CENTRES);
  // Every type, ages, dates, counts (some full), notes that JSON must escape, and confirmation
  // moments with microseconds on both sides of the 7-day stale line; some withdrawn.
  await t.database.ownerQuery(
    `insert into placement_place (tenant_id, id, organisation_id, place_type, type_rank, product_category,
       min_age, max_age, postcode, region, lat, lon, available_from, available_until, places_total,
       places_reserved, places_occupied, notes, created_by, confirmed_at, withdrawn_at)
     select '0394', 'json-' || g, ($2::text[])[1 + g % 2],
            ($3::text[])[1 + g % 7], 1 + g % 7, '35',
            g % 12, 6 + g % 13, ($1::text[])[1 + (g * 7) % array_length($1::text[], 1)], 'Regio "' || g % 5 || '"',
            52.3, 4.7, current_date - 30 + g % 60,
            case when g % 4 = 0 then null else current_date + g % 90 end,
            2 + g % 3, g % 2, case when g % 5 = 0 then 1 else 0 end,
            case g % 4 when 0 then '' when 1 then 'Kamer met "balkon"\\ en é' when 2 then E'twee\\nregels\\t' || chr(31)
              else 'plek ' || g end,
            'u-bulk',
            now() - (g % 400) * interval '30 minutes' - (g % 997) * interval '1 microsecond',
            case when g % 37 = 0 then now() end
       from generate_series(1, ${BULK}) g`,
    [postcodes, ['org-jeugdhulp', 'org-vlinder'], PlaceType.options],
  );
  await t.database.ownerQuery('analyze placement_place');
}, 120_000);
afterAll(() => t?.drop());

let read: undefined | Promise<{ names: Map<string, string>; rows: (typeof placementPlace.$inferSelect)[] }>;
/** Every organisation's name and every place row, read once (the searches change nothing). */
function everything() {
  read ??= (async () => {
    const db = t.database.db;
    const orgs = await db.select().from(organisation);
    const names = new Map(orgs.map((o) => [`${o.tenantId}|${o.id}`, o.name] as const));
    return { names, rows: await db.select().from(placementPlace) };
  })();
  return read;
}

/** The answer from first principles: every row read, filtered and ordered in TypeScript. */
async function expected(params: Record<string, string>): Promise<string> {
  const query = PlaceSearchQuery.parse(params);
  const types = searchableTypes(query);
  const centre = centreOf(query.postcode);
  const { names, rows } = await everything();
  const keys = Object.keys(PlaceHit.shape) as (keyof Hit)[];
  const found = rows
    .filter((r) => r.tenantId === '0394' && r.withdrawnAt === null && types.includes(r.placeType))
    .filter((r) => r.minAge <= query.age && r.maxAge >= query.age)
    .filter((r) => r.availableFrom <= query.date && (r.availableUntil ?? '9999') >= query.date)
    .filter((r) => r.placesTotal - r.placesReserved - r.placesOccupied > 0)
    .flatMap((r) => {
      const c = PC4_CENTRES[r.postcode];
      if (!c) return [];
      const km = distanceKm(centre, { lat: c[0], lon: c[1] });
      return km <= query.maxKm ? [{ r, km }] : [];
    })
    .sort(
      (a, b) =>
        typeRank(a.r.placeType) - typeRank(b.r.placeType) ||
        a.km - b.km ||
        (a.r.postcode < b.r.postcode ? -1 : a.r.postcode > b.r.postcode ? 1 : 0) ||
        (a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0),
    )
    .slice(0, PLACE_SEARCH_LIMIT)
    .map(({ r, km }) => {
      const place = toPlace(r, names.get(`${r.tenantId}|${r.organisationId}`) ?? '', NOW, km);
      return Object.fromEntries(keys.map((k) => [k, place[k]]));
    });
  return JSON.stringify(found);
}

const ORIGIN = { requestId: 'r-json', clientAddress: '127.0.0.1' };

describe('the search answer PostgreSQL writes', () => {
  it('is byte for byte JSON.stringify of the contract’s hits, over many different searches', async () => {
    const variants: Record<string, string>[] = [];
    for (let i = 0; i < 48; i++) {
      variants.push({
        postcode: ['2132', '2151', '1431', '2011'][i % 4]!,
        age: String((i * 5) % 24),
        maxKm: String([5, 20, 40, 75, 100, 150][i % 6]),
        date: dayFromNow(((i * 13) % 120) - 40),
      });
    }
    variants.push(
      {
        postcode: '2132',
        age: '10',
        maxKm: '100',
        date: today,
        types: 'family_home,foster_part_time,crisis_bed',
      },
      { postcode: '2132', age: '15', maxKm: '150', date: today, types: 'closed,residential_group' },
      {
        postcode: '2151',
        age: '15',
        maxKm: '150',
        date: today,
        measure: 'machtiging_gesloten',
        measureReference: 'C/15/123456',
      },
      { postcode: '2151', age: '23', maxKm: '1', date: today },
    );
    let nonEmpty = 0;
    for (const params of variants) {
      const query = PlaceSearchQuery.parse(params);
      const text = await searchPlacesJson(t.database.db, SANNE_ACTOR, query, ORIGIN, NOW);
      expect(text, JSON.stringify(params)).toBe(await expected(params));
      if (text !== '[]') nonEmpty++;
    }
    // The variants are worth comparing: most find places, some a full page.
    expect(nonEmpty).toBeGreaterThan(variants.length / 2);
  }, 120_000);

  it('stays so after places change: counts, notes, confirmation and an organisation’s name', async () => {
    await t.database.ownerQuery(
      `update placement_place set places_reserved = 0, places_occupied = 0,
         notes = notes || ' \\ "bijgewerkt"', confirmed_at = now() - interval '8 days'
       where id like 'json-%' and (substr(id, 6)::int) % 3 = 0`,
    );
    await t.database.ownerQuery(`update organisation set name = name || ' "B.V."' where id = 'org-vlinder'`);
    read = undefined;
    for (let i = 0; i < 8; i++) {
      const params = { postcode: '2132', age: String(i * 3), maxKm: '150', date: dayFromNow(i * 7 - 20) };
      const text = await searchPlacesJson(
        t.database.db,
        SANNE_ACTOR,
        PlaceSearchQuery.parse(params),
        ORIGIN,
        NOW,
      );
      expect(text, JSON.stringify(params)).toBe(await expected(params));
    }
    expect(await expected({ postcode: '2132', age: '10', maxKm: '150', date: today })).toContain('B.V.');
  }, 120_000);
});
