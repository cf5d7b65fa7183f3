import { PlaceSearchQuery } from '@een-plan/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centreOf } from '../src/placements/geo.ts';
import { PC4_CENTRES } from '../src/placements/pc4-centres.ts';
import { searchableTypes, searchQuery } from '../src/placements/search.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

let t: TestDatabase;
const BULK = 4000;
beforeAll(async () => {
  t = await createTestDatabase({ demoData: true });
  // Enough places over every PC4 centre of the region that reading all of them would show.
  const postcodes = Object.keys(PC4_CENTRES);
  await t.database.ownerQuery(
    `insert into placement_place (tenant_id, id, organisation_id, place_type, type_rank, product_category,
       min_age, max_age, postcode, region, lat, lon, available_from, places_total, created_by)
     select '0394', 'bulk-' || g, 'org-jeugdhulp', 'foster_network', 1 + (g % 6), '35',
            g % 10, 10 + g % 8, ($1::text[])[1 + g % array_length($1::text[], 1)], 'Bulk', 52.3, 4.7,
            date '2020-01-01', 1 + g % 3, 'u-bulk'
       from generate_series(1, ${BULK}) g`,
    [postcodes],
  );
  await t.database.ownerQuery('analyze placement_place');
}, 120_000);
afterAll(() => t?.drop());

const today = new Date().toISOString().slice(0, 10);

/** EXPLAIN ANALYZE of exactly the statement the search runs (the bench's worst case: 100 km). */
async function explain(params: Record<string, string>): Promise<string> {
  const query = PlaceSearchQuery.parse({ date: today, ...params });
  const statement = searchQuery(
    t.database.db,
    '0394',
    query,
    searchableTypes(query),
    centreOf(query.postcode),
  );
  const rows = await t.database.ownerQuery<Record<string, string>>(
    `explain (analyze, costs off) ${statement.sql}`,
    statement.params,
  );
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}

describe('the Plekvrij search is one bounded, indexed statement', () => {
  it('reads places through placement_place_search_idx, never the whole table', async () => {
    const plan = await explain({ postcode: '2132', age: '10', maxKm: '100' });
    expect(plan, plan).toMatch(/Index Scan using placement_place_search_idx on placement_place/);
    expect(plan, plan).not.toMatch(/Seq Scan on placement_place/);
  });

  it('never reads a full place: the free condition is the index predicate, not a filter on rows', async () => {
    const plan = await explain({ postcode: '2132', age: '10', maxKm: '100' });
    expect(plan, plan).toMatch(/Index Scan using placement_place_search_idx on placement_place/);
    expect(plan, plan).not.toMatch(/Filter: .*places_total/);
  });

  it('stops at the first pairs that fill the page instead of visiting every (type, postcode) pair', async () => {
    const plan = await explain({ postcode: '2132', age: '10', maxKm: '100' });
    const pairs = 6 * Object.keys(PC4_CENTRES).length;
    const loops = /placement_place_search_idx on placement_place .*loops=(\d+)/.exec(plan)?.[1];
    expect(loops, plan).toBeDefined();
    expect(Number(loops), plan).toBeLessThan(pairs / 4);
  });
});
