import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshStalePlannerStatistics, staleStatisticsTables } from '../src/db/planner-statistics.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

let t: TestDatabase;
beforeAll(async () => {
  if (!process.env.DATABASE_URL) t = await createTestDatabase({ demoData: true });
}, 120_000);
afterAll(() => t?.drop());

async function estimatedPersons(): Promise<number> {
  const [row] = await t.database.ownerQuery<{ reltuples: number }>(
    `select reltuples from pg_class where oid = 'public.person'::regclass`,
  );
  return Number(row?.reltuples);
}

// Embedded only: the start-up refresh runs on PGlite, and a server's autovacuum could analyze a
// table between two assertions here.
describe.skipIf(Boolean(process.env.DATABASE_URL))('planner statistics at start-up (decision 0036)', () => {
  it('analyzes nothing when no table changed since the last analyze', async () => {
    await refreshStalePlannerStatistics(t.database);
    expect(await staleStatisticsTables(t.database)).toEqual([]);
    expect(await refreshStalePlannerStatistics(t.database)).toEqual([]);
  });

  it('analyzes a table that grew, and only that one', async () => {
    const before = await estimatedPersons();
    await t.database.ownerQuery(`
      insert into person (tenant_id, id, first_name, last_name, birth_date)
      select '0394', 'p-stats-' || g, 'Voornaam' || g, 'Achternaam' || g, date '1970-01-01' + g
        from generate_series(1, 3000) g`);
    expect(await staleStatisticsTables(t.database)).toEqual(['public.person']);
    expect(await refreshStalePlannerStatistics(t.database)).toEqual(['public.person']);
    expect(await estimatedPersons()).toBeGreaterThanOrEqual(before + 3000);
    expect(await staleStatisticsTables(t.database)).toEqual([]);
  });

  it('analyzes a table that was never analyzed, even an empty one', async () => {
    await t.database.ownerQuery('create table stats_probe (id int primary key)');
    expect(await staleStatisticsTables(t.database)).toEqual(['public.stats_probe']);
    await refreshStalePlannerStatistics(t.database);
    expect(await staleStatisticsTables(t.database)).toEqual([]);
  });
});
