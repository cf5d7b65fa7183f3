/**
 * One line that says why the PostgreSQL server in DATABASE_URL could not be used at start-up,
 * or undefined when the error is not about reaching it. Drizzle wraps the driver's error as
 * `cause` ("Failed query: CREATE SCHEMA …"), which alone tells an operator nothing.
 */
export function describeDatabaseStartupError(error: unknown, databaseUrl: string): string | undefined {
  const url = new URL(databaseUrl);
  const server = `${url.hostname}:${url.port || '5432'}`;
  const database = decodeURIComponent(url.pathname.slice(1)) || '(default)';
  const user = decodeURIComponent(url.username) || '(default)';
  for (
    let e = error as (Error & { code?: string; cause?: unknown }) | undefined;
    e;
    e = e.cause as typeof e
  ) {
    switch (e.code) {
      case 'ECONNREFUSED':
        return `PostgreSQL server ${server} refused the connection: is it running and listening there? (DATABASE_URL)`;
      case 'ENOTFOUND':
      case 'EAI_AGAIN':
        return `PostgreSQL server ${server} not found: the host name does not resolve (DATABASE_URL)`;
      case 'ETIMEDOUT':
        return `PostgreSQL server ${server} did not answer in time (DATABASE_URL)`;
      case '28P01':
      case '28000':
        return `PostgreSQL server ${server} refused user "${user}": wrong password or unknown role (DATABASE_URL)`;
      case '3D000':
        return `PostgreSQL server ${server} has no database "${database}": create it first (DATABASE_URL)`;
    }
  }
  return undefined;
}
