import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { configureDataEncryption } from '../src/crypto/data-encryption.ts';
import { openPglite, openPostgres } from '../src/db/database.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { loadDemoStory } from '../src/demo/load-demo-data.ts';
import { announceFailure, announceTemplate, writeDump } from './helpers/database-templates.ts';
import { databaseUrl, serverCommand, testDatabasePrefix } from './helpers/postgres-server.ts';

/**
 * Migrating and loading the demo story once per run instead of once per file: each test file
 * copies a template (a PGlite data-dir dump, or `CREATE DATABASE … TEMPLATE` on PostgreSQL).
 * The templates are built in the background, so files that need no database start at once.
 */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'eenplan-test-templates-'));
  const dataEncryptionKey = randomBytes(32).toString('base64');
  project.provide('databaseTemplates', { dir, dataEncryptionKey });
  configureDataEncryption(dataEncryptionKey);
  const serverUrl = process.env.DATABASE_URL;
  const building = (serverUrl ? buildOnPostgres(dir, serverUrl) : buildOnPglite(dir)).catch(
    (error: unknown) => {
      announceFailure(dir, error);
      return async () => undefined;
    },
  );
  return async () => {
    const dropTemplates = await building;
    await dropTemplates();
    rmSync(dir, { recursive: true, force: true });
  };
}

async function buildOnPglite(dir: string): Promise<() => Promise<void>> {
  const database = await openPglite(undefined);
  try {
    await migrateDatabase(database);
    announceTemplate(dir, 'plain', {
      kind: 'pglite',
      dumpFile: await writeDump(dir, 'plain', await database.dumpDataDir()),
    });
    await loadDemoStory(database);
    announceTemplate(dir, 'demo', {
      kind: 'pglite',
      dumpFile: await writeDump(dir, 'demo', await database.dumpDataDir()),
    });
  } finally {
    await database.close();
  }
  return async () => undefined;
}

async function buildOnPostgres(dir: string, serverUrl: string): Promise<() => Promise<void>> {
  const suffix = randomBytes(6).toString('hex');
  const plain = `${testDatabasePrefix()}_template_${suffix}`;
  const demo = `${plain}_demo`;
  const created: string[] = [];
  const dropAll = async () => {
    for (const name of created)
      await serverCommand(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  };
  try {
    await serverCommand(serverUrl, `CREATE DATABASE ${plain}`);
    created.push(plain);
    await withPostgres(databaseUrl(serverUrl, plain), migrateDatabase);
    announceTemplate(dir, 'plain', { kind: 'postgres', database: plain });
    // A template may have no open connection while it is copied: every pool above is closed.
    await serverCommand(serverUrl, `CREATE DATABASE ${demo} TEMPLATE ${plain}`);
    created.push(demo);
    await withPostgres(databaseUrl(serverUrl, demo), loadDemoStory);
    announceTemplate(dir, 'demo', { kind: 'postgres', database: demo });
  } catch (error) {
    await dropAll();
    throw error;
  }
  return dropAll;
}

async function withPostgres(
  url: string,
  work: (database: Awaited<ReturnType<typeof openPostgres>>) => Promise<void>,
) {
  const database = await openPostgres(url);
  try {
    await work(database);
  } finally {
    await database.close();
  }
}
