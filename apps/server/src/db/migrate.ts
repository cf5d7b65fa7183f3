import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { Database } from './database.ts';

export const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), '../../drizzle');

/** Applies the committed SQL migrations; the same files run on PGlite and PostgreSQL. */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.ownerDb as unknown as PgliteDatabase, { migrationsFolder });
  } else {
    await migrateNodePg(database.ownerDb as unknown as NodePgDatabase, { migrationsFolder });
  }
}
