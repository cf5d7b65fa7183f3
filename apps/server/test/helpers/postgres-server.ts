import pg from 'pg';

/**
 * The start of every database name the tests create on the server: a shared server (several
 * branches testing at once) can give each its own prefix (TEST_DATABASE_PREFIX).
 */
export function testDatabasePrefix(): string {
  const prefix = process.env.TEST_DATABASE_PREFIX ?? 'eenplan';
  if (!/^[a-z][a-z0-9_]{0,30}$/.test(prefix))
    throw new Error(`TEST_DATABASE_PREFIX must be a plain name: ${prefix}`);
  return prefix;
}

/** The URL of another database on the same server as `serverUrl`. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.href;
}

/** Runs one statement that may not run inside a transaction (CREATE/DROP DATABASE) on its own connection. */
export async function serverCommand(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
