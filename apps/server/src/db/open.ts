import { join } from 'node:path';
import type { Config } from '../config/config.ts';
import { type Database, openPglite, openPostgres } from './database.ts';
import { migrateDatabase } from './migrate.ts';
import { openReplica } from './replica.ts';

/** Opens the configured database (and its read replica, if any) and brings the schema up to date. */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'> & Partial<Pick<Config, 'readDatabaseUrl'>>,
): Promise<Database> {
  const database = config.databaseUrl
    ? await openPostgres(config.databaseUrl)
    : await openPglite(join(config.dataDir, 'pglite'));
  await migrateDatabase(database);
  return config.readDatabaseUrl ? withReplica(database, config.readDatabaseUrl) : database;
}

/** The database with a replica attached; closing it closes both. */
export function withReplica(database: Database, readDatabaseUrl: string): Database {
  const replica = openReplica(readDatabaseUrl);
  return {
    ...database,
    replica,
    async close() {
      await replica.close();
      await database.close();
    },
  };
}
