// The first start on an empty data directory, in a child process (see first-start.ts): create the
// embedded database, migrate it, load the demo story, close it, exit. The configuration arrives
// over the IPC channel, so the data encryption key is on no command line and in no environment.
import { configureIjwDelivery } from '../assignments/outbox.ts';
import { configureDataEncryption } from '../crypto/data-encryption.ts';
import { openDatabase } from '../db/open.ts';
import type { FirstStart } from './first-start.ts';
import { isDatabaseEmpty, loadDemoStory } from './load-demo-data.ts';

async function prepare({ dataDir, dataEncryptionKey, demoData, ijwDeliveryUrl }: FirstStart): Promise<void> {
  configureDataEncryption(dataEncryptionKey);
  // The demo story's outgoing iJw messages start as the server's would (outbox.ts).
  configureIjwDelivery(ijwDeliveryUrl);
  const database = await openDatabase({ dataDir, databaseUrl: undefined });
  try {
    if (demoData && (await isDatabaseEmpty(database.db))) await loadDemoStory(database);
  } finally {
    await database.close();
  }
}

process.once('message', (data: FirstStart) => {
  prepare(data).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    },
  );
});
