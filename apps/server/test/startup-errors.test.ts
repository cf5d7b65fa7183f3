import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openPostgres } from '../src/db/database.ts';
import { migrateDatabase } from '../src/db/migrate.ts';
import { describeDatabaseStartupError } from '../src/db/startup-error.ts';
import { databaseUrl } from './helpers/postgres-server.ts';

const serverEntry = resolve(import.meta.dirname, '../src/main.ts');

/** What migrating against `url` throws, described as main.ts describes it. */
async function startupLine(url: string): Promise<string | undefined> {
  const database = await openPostgres(url);
  try {
    await migrateDatabase(database);
    return 'migrated';
  } catch (error) {
    return describeDatabaseStartupError(error, url);
  } finally {
    await database.close();
  }
}

describe('start-up with a DATABASE_URL that cannot be used', () => {
  it('says the server refused the connection', async () => {
    expect(await startupLine('postgres://eenplan@127.0.0.1:1/eenplan')).toBe(
      'PostgreSQL server 127.0.0.1:1 refused the connection: is it running and listening there? (DATABASE_URL)',
    );
  });

  const serverUrl = process.env.DATABASE_URL;
  it.skipIf(!serverUrl)('says which database is missing, and which user was refused', async () => {
    const url = databaseUrl(serverUrl as string, 'eenplan_does_not_exist');
    expect(await startupLine(url)).toMatch(/has no database "eenplan_does_not_exist": create it first/);
    const stranger = new URL(serverUrl as string);
    stranger.username = 'eenplan_no_such_role';
    stranger.password = '';
    expect(await startupLine(stranger.href)).toMatch(/refused user "eenplan_no_such_role"/);
  });

  it('prints one line and exits non-zero', async () => {
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', serverEntry], {
      env: { ...process.env, DATABASE_URL: 'postgres://eenplan@127.0.0.1:1/eenplan', NODE_ENV: 'test' },
    });
    const failure = await run.then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr.trim().split('\n')).toEqual([
      'Eén Plan could not start: PostgreSQL server 127.0.0.1:1 refused the connection: is it running and listening there? (DATABASE_URL)',
    ]);
  });
});
