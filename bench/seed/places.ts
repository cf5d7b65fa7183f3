import type pg from 'pg';
import { PC4_CENTRES } from '../../apps/server/src/placements/pc4-centres.ts';
import { PlaceType } from '../../packages/contracts/src/placements.ts';
import { TENANT_ID } from './plan.ts';
import { hash32 } from './random.ts';

/**
 * Published places for the Plekvrij search scenario (all of the demo provider; rows numbered,
 * re-runs skip): one per 100 households, as a region's places go with its youths, and at least
 * 1,000 so a small seed still fills the search's 50 rows. A million households get 10,000.
 */
export const placesFor = (households: number) => Math.max(1_000, Math.ceil(households / 100));

/** The bench places in the database: the search scenario's size. */
export async function countBenchPlaces(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(
    `select count(*) as n from placement_place where tenant_id = $1 and id like 'bench-place-%'`,
    [TENANT_ID],
  );
  return Number(rows[0]?.n ?? 0);
}
const PROVIDER = 'org-jeugdhulp';
const CATEGORY: Record<PlaceType, string> = {
  foster_network: '35',
  foster_regular: '35',
  foster_part_time: '35',
  family_home: '36',
  residential_group: '38',
  crisis_bed: '46',
  closed: '37',
};

const INSERT_PLACES = `
  insert into placement_place (tenant_id, id, organisation_id, place_type, type_rank, product_category,
    min_age, max_age, postcode, region, lat, lon, available_from, places_total, places_reserved,
    places_occupied, created_by, confirmed_at)
  select $1, id, $2, place_type, type_rank, product_category, min_age, max_age, postcode, 'Bench', lat, lon,
         current_date - 30, total, 0, occupied, 'bench', now() - make_interval(days => age_days)
    from unnest($3::text[], $4::text[], $5::int[], $6::text[], $7::int[], $8::int[], $9::text[],
                $10::float8[], $11::float8[], $12::int[], $13::int[], $14::int[])
      as p(id, place_type, type_rank, product_category, min_age, max_age, postcode, lat, lon, total, occupied, age_days)
  on conflict do nothing`;

/**
 * `n` places over the demo region's PC4 centres (so the search's bounding box holds nearly all
 * of them: the worst case), every type, ages spread, a third fully occupied, some stale.
 */
export async function writePlaces(pool: pg.Pool, n: number): Promise<number> {
  const postcodes = Object.keys(PC4_CENTRES);
  const cols = Array.from({ length: 12 }, () => [] as unknown[]);
  for (let i = 0; i < n; i++) {
    const type = PlaceType.options[hash32(i, 0x9a1) % PlaceType.options.length] as PlaceType;
    const pc = postcodes[hash32(i, 0x9c4) % postcodes.length] as string;
    const [lat, lon] = PC4_CENTRES[pc] as readonly [number, number];
    const minAge = hash32(i, 0xa6e) % 12;
    const total = 1 + (hash32(i, 0x707) % 3);
    const values = [
      `bench-place-${i}`,
      type,
      PlaceType.options.indexOf(type) + 1,
      CATEGORY[type],
      minAge,
      Math.min(23, minAge + 6 + (hash32(i, 0xa6f) % 8)),
      pc,
      lat,
      lon,
      total,
      i % 3 === 0 ? total : 0,
      hash32(i, 0x57a) % 10,
    ];
    for (const [k, v] of values.entries()) cols[k]?.push(v);
  }
  const result = await pool.query(INSERT_PLACES, [TENANT_ID, PROVIDER, ...cols]);
  return result.rowCount ?? 0;
}
