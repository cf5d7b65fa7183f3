import { ConfigError, loadConfig } from '../config/config.ts';
import { configureDataEncryption } from '../crypto/data-encryption.ts';
import { openDatabase } from '../db/open.ts';
import { isDatabaseEmpty, loadDemoStory } from './load-demo-data.ts';

/**
 * `npm run demo:load`: migrates the database (DATABASE_URL, or the embedded one in DATA_DIR) and
 * loads the demo data when it is empty, without starting the server — for scripts and CI.
 */
async function main() {
  const config = loadConfig();
  configureDataEncryption(config.dataEncryptionKey);
  const database = await openDatabase(config);
  try {
    if (await isDatabaseEmpty(database.db)) {
      await loadDemoStory(database);
      process.stdout.write('Demodata geladen.\n');
    } else {
      process.stdout.write('De database is niet leeg: demodata niet opnieuw geladen.\n');
    }
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : ((error as Error).stack ?? error)}\n`,
  );
  process.exit(error instanceof ConfigError ? 2 : 1);
});
