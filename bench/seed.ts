// npm run bench:seed -- --households N [--database-url URL] [--batch-size 5000] [--concurrency 2]
import pg from 'pg';
import { configureDataEncryption } from '../apps/server/src/crypto/data-encryption.ts';
import { openDatabase } from '../apps/server/src/db/open.ts';
import { loadDemoStory } from '../apps/server/src/demo/load-demo-data.ts';
import { intOption, parseArgs } from './lib/args.ts';
import { databaseUrl, ensureDatabase, redactUrl } from './lib/database.ts';
import { testBsns } from './seed/bsn.ts';
import { generateBatch } from './seed/households.ts';
import { placesFor, writePlaces } from './seed/places.ts';
import { BENCH_DATA_KEY, householdId } from './seed/plan.ts';
import { numberFormat as fmt, Progress } from './seed/progress.ts';
import { rowCount } from './seed/rows.ts';
import { existingHouseholds, writeBatch, writeCoordinators } from './seed/write.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main() {
  const args = parseArgs(process.argv.slice(2), ['households', 'database-url', 'batch-size', 'concurrency']);
  if (!args.has('households')) throw new Error('--households N is required');
  const households = intOption(args, 'households', 0, 1, 1_000_000);
  const batchSize = intOption(args, 'batch-size', 5_000, 100, 50_000);
  const concurrency = intOption(args, 'concurrency', 2, 1, 16);
  const url = databaseUrl(args);

  if (await ensureDatabase(url)) log(`seed: created database ${redactUrl(url)}`);
  const database = await openDatabase({ databaseUrl: url, dataDir: '' });
  configureDataEncryption(BENCH_DATA_KEY);
  await loadDemoStory(database);
  await database.close();
  log('seed: migrations applied, demo data loaded');

  const pool = new pg.Pool({ connectionString: url, max: concurrency });
  try {
    testBsns(); // warm the BSN table before timing starts
    const coordinators = await writeCoordinators(pool, households);
    log(`seed: ${fmt.format(coordinators)} coordinators`);

    const progress = new Progress(households, 'seed households');
    let next = 0;
    const worker = async () => {
      const client = await pool.connect();
      try {
        for (let from = next; from < households; from = next) {
          next = Math.min(households, from + batchSize);
          const to = next;
          const ids = Array.from({ length: to - from }, (_, k) => householdId(from + k));
          if ((await existingHouseholds(client, ids)) === ids.length) {
            progress.add(to - from, 0);
            continue;
          }
          const batch = generateBatch(from, to);
          await writeBatch(client, batch);
          progress.add(to - from, rowCount(batch));
        }
      } finally {
        client.release();
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const { seconds, rows } = progress.finish();
    log(`seed: wrote ${fmt.format(rows)} rows in ${seconds.toFixed(1)} s`);

    const places = await writePlaces(pool, placesFor(households));
    log(`seed: ${fmt.format(places)} Plekvrij places written`);

    const analyzeStart = performance.now();
    await pool.query(
      'analyze household, person, household_member, app_user, area, area_postcode, placement_place',
    );
    // The search's rows (decision 0049), vacuumed as autovacuum would: the name walk then reads
    // its index alone (the visibility map), also where autovacuum is off.
    await pool.query('vacuum (analyze) household_member_search');
    log(`seed: analyze took ${((performance.now() - analyzeStart) / 1000).toFixed(1)} s`);
    const counts = await pool.query<{ households: string; persons: string; coordinators: string }>(
      `select (select count(*) from household where tenant_id = '0394') as households,
              (select count(*) from person where tenant_id = '0394') as persons,
              (select count(*) from app_user where tenant_id = '0394' and role = 'coordinator') as coordinators`,
    );
    const c = counts.rows[0]!;
    log(
      `seed: tenant 0394 now has ${fmt.format(Number(c.households))} households, ${fmt.format(Number(c.persons))} people, ${fmt.format(Number(c.coordinators))} coordinators`,
    );
  } finally {
    await pool.end();
  }
}

main().catch((error: unknown) => {
  log(`seed failed: ${(error as Error).message}`);
  process.exit(1);
});
