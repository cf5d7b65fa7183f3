import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadConfig } from '../../config/config.ts';
import { openPglite } from '../../db/database.ts';
import { buildApp } from '../app.ts';

/**
 * Writes the OpenAPI document to the file named as the first argument (or stdout), without a
 * database on disk or a listening port: for `redocly lint` and client generators.
 */
async function main() {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: '/nonexistent-openapi-data-dir',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'silent',
  });
  // Building the app registers routes only; nothing is queried, so an empty in-memory database does.
  const database = await openPglite(undefined);
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  const json = `${JSON.stringify(app.swagger(), null, 2)}\n`;
  await app.close();
  await database.close();
  const out = process.argv[2];
  if (out) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, json);
  } else process.stdout.write(json);
}

main().catch((error: unknown) => {
  process.stderr.write(`could not write the OpenAPI document: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
