// The first start on an empty data directory, in a child process (see first-start.ts): create the
// embedded database (from the build's template when there is a current one), migrate it, load the
// demo story, close it, exit. The configuration arrives over the IPC channel, so the data
// encryption key is on no command line and in no environment.
// `--template` instead makes that template (scripts/build-server-if-stale.mjs, decision 0042).
import { join } from 'node:path';
import { validationPool } from '@een-plan/ijw';
import { configureIjwDelivery } from '../assignments/outbox.ts';
import { configureDataEncryption } from '../crypto/data-encryption.ts';
import { openDatabase } from '../db/open.ts';
import { copyPgliteTemplate, makePgliteTemplate } from '../db/pglite-template.ts';
import type { FirstStart } from './first-start.ts';
import { isDatabaseEmpty, loadDemoStory } from './load-demo-data.ts';

async function prepare({ dataDir, dataEncryptionKey, demoData, ijwDeliveryUrl }: FirstStart): Promise<void> {
  configureDataEncryption(dataEncryptionKey);
  // The demo story's outgoing iJw messages start as the server's would (outbox.ts).
  configureIjwDelivery(ijwDeliveryUrl);
  // The story validates iJw messages: a worker compiles the schemas on the other core meanwhile
  // instead of when the first message waits for it. A failure shows where the story validates.
  if (demoData)
    validationPool()
      .warmUp(1)
      .catch(() => undefined);
  copyPgliteTemplate(join(dataDir, 'pglite'));
  const database = await openDatabase({ dataDir, databaseUrl: undefined });
  try {
    if (demoData && (await isDatabaseEmpty(database.db))) await loadDemoStory(database);
  } finally {
    await database.close();
  }
}

const done = (work: Promise<unknown>) =>
  work.then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    },
  );

if (process.argv.includes('--template')) done(makePgliteTemplate());
else process.once('message', (data: FirstStart) => done(prepare(data)));
