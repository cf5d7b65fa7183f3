import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { configureDataEncryption } from '../../src/crypto/data-encryption.ts';
import { type Database, openPglite, openPostgres } from '../../src/db/database.ts';
import { migrateDatabase } from '../../src/db/migrate.ts';
import { loadDemoStory } from '../../src/demo/load-demo-data.ts';
import { awaitTemplate, type BuiltTemplate, type DatabaseTemplates } from './database-templates.ts';
import { databaseUrl, serverCommand, testDatabasePrefix } from './postgres-server.ts';

export interface TestDatabase {
  database: Database;
  /** DATABASE_URL of this test's own database (PostgreSQL mode only). */
  url: string | undefined;
  drop(): Promise<void>;
}

/** The run's templates, or undefined when the file runs without the global set-up. */
export function databaseTemplates(): DatabaseTemplates | undefined {
  return inject('databaseTemplates');
}

/**
 * A fresh, migrated database of this test file alone (with the demo story if asked): an in-memory
 * PGlite by default, or a new database on the server in DATABASE_URL. It is a copy of the run's
 * template, so no state is shared between files and no file pays for migrations or demo data.
 */
export async function createTestDatabase(opts: { demoData?: boolean } = {}): Promise<TestDatabase> {
  const templates = databaseTemplates();
  const name = opts.demoData ? 'demo' : 'plain';
  const template = templates ? await awaitTemplate(templates, name) : undefined;
  // The demo story's encrypted fields can only be read with the key they were written with.
  if (templates) configureDataEncryption(templates.dataEncryptionKey);
  const testDb = process.env.DATABASE_URL
    ? await createOnPostgres(process.env.DATABASE_URL, template)
    : await createOnPglite(template);
  if (!template) {
    await migrateDatabase(testDb.database);
    if (opts.demoData) await loadDemoStory(testDb.database);
  }
  return testDb;
}

async function createOnPglite(template: BuiltTemplate | undefined): Promise<TestDatabase> {
  if (template && template.kind !== 'pglite') throw new Error('the run built PostgreSQL templates');
  const loadDataDir = template ? new Blob([readFileSync(template.dumpFile)]) : undefined;
  const database = await openPglite(undefined, { loadDataDir });
  return { database, url: undefined, drop: () => database.close() };
}

async function createOnPostgres(
  serverUrl: string,
  template: BuiltTemplate | undefined,
): Promise<TestDatabase> {
  if (template && template.kind !== 'postgres') throw new Error('the run built PGlite templates');
  const name = `${testDatabasePrefix()}_test_${randomBytes(6).toString('hex')}`;
  await serverCommand(
    serverUrl,
    `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template.database}` : ''}`,
  );
  const url = databaseUrl(serverUrl, name);
  const database = await openPostgres(url);
  return {
    database,
    url,
    async drop() {
      await database.close();
      await serverCommand(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
