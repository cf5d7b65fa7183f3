import { join } from 'node:path';
import type { Config } from '../config/config.ts';
import { type Database, openPglite, openPostgres } from './database.ts';
import { migrateDatabase } from './migrate.ts';

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Database> {
  const database = config.databaseUrl
    ? await openPostgres(config.databaseUrl)
    : await openPglite(join(config.dataDir, 'pglite'));
  await migrateDatabase(database);
  return database;
}
