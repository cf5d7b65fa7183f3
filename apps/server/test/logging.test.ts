import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggerOptions, safeError } from '../src/http/logger.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.drop());

const SECRET_NAME = 'Tom Jansen';
const SECRET_BSN = '999990019';

describe('logs carry no personal data', () => {
  it('logs a failed query by SQLSTATE and query text, without its parameters or echoed values', async () => {
    const error = await t.database.db
      .execute(sql`select ${SECRET_BSN}::int + ${SECRET_NAME}::date`)
      .catch((e: unknown) => e);
    const raw = JSON.stringify({ message: (error as Error).message, stack: (error as Error).stack });
    expect(raw).toContain(SECRET_NAME); // the raw error really does contain the values…
    const logged = JSON.stringify(safeError(error));
    expect(logged).not.toContain(SECRET_NAME); // …and what we log does not.
    expect(logged).not.toContain(SECRET_BSN);
    expect(safeError(error)).toMatchObject({ message: 'database error', sqlState: '22007' });
  });

  it('logs requests without query strings or cookies', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const options = loggerOptions('info') as pino.LoggerOptions;
    const log = pino(options, sink);
    log.info(
      {
        req: {
          method: 'GET',
          url: `/api/households?name=${encodeURIComponent(SECRET_NAME)}`,
          id: 'r1',
          headers: { cookie: 'ep_session=0394.secret' },
        },
      },
      'incoming request',
    );
    expect(lines.join('')).toContain('/api/households');
    expect(lines.join('')).not.toContain('Jansen');
    expect(lines.join('')).not.toContain('secret');
  });
});
