import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keptPlacesQuery } from '../src/placements/kept-places.ts';
import { PC4_CENTRES } from '../src/placements/pc4-centres.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

let t: TestDatabase;
const BULK = 4000;
beforeAll(async () => {
  t = await createTestDatabase({ demoData: true });
  // Places over every PC4 centre of the region, some full.
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
  // Another municipality of a shared database publishes ten times as many: the search of 0394
  // must not read them.
  await t.database.ownerQuery(`insert into tenant (tenant_id, name) values ('0363', 'Amsterdam')`);
  await t.database.ownerQuery(
    `insert into organisation (tenant_id, id, name, kind) values ('0363', 'org-ander', 'Ander', 'provider')`,
  );
  await t.database.ownerQuery(
    `insert into placement_place (tenant_id, id, organisation_id, place_type, type_rank, product_category,
       min_age, max_age, postcode, region, lat, lon, available_from, places_total, created_by)
     select '0363', 'other-' || g, 'org-ander', 'foster_regular', 2, '35', 0, 17,
            ($1::text[])[1 + g % array_length($1::text[], 1)], 'Elders', 52.3, 4.9, date '2020-01-01', 1, 'u-other'
       from generate_series(1, ${BULK * 10}) g`,
    [postcodes],
  );
  await t.database.ownerQuery('analyze placement_place');
}, 240_000);
afterAll(() => t?.drop());

/** EXPLAIN ANALYZE of exactly the statement that reads the tenant's places for the search. */
async function explain(): Promise<string> {
  const statement = keptPlacesQuery(t.database.db, '0394');
  const rows = await t.database.ownerQuery<Record<string, string>>(
    `explain (analyze, costs off) ${statement.sql}`,
    statement.params,
  );
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}

describe('the Plekvrij search reads its places through one bounded, indexed statement', () => {
  it('reads places through placement_place_search_idx, never the whole table', async () => {
    const plan = await explain();
    expect(plan, plan).toMatch(/Index (Only )?Scan (using|on) placement_place_search_idx/);
    expect(plan, plan).not.toMatch(/Seq Scan on placement_place/);
  });

  it('never reads a full or withdrawn place: that is the index predicate, not a filter on rows', async () => {
    const plan = await explain();
    expect(plan, plan).not.toMatch(/Filter: .*places_total/);
    expect(plan, plan).not.toMatch(/Filter: .*withdrawn_at/);
  });

  it('reads every free place of the tenant once, and nothing of another tenant', async () => {
    const plan = await explain();
    const places = /on placement_place .*rows=(\d+)/.exec(plan)?.[1];
    const [counted] = await t.database.ownerQuery<{ free: number }>(
      `select count(*)::int as free from placement_place
        where tenant_id = '0394' and withdrawn_at is null and places_total - places_reserved - places_occupied > 0`,
    );
    expect(Number(places), plan).toBe(counted?.free);
  });
});
