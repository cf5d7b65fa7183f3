import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { validationPool } from '@een-plan/ijw';
import { configureIjwDelivery } from './assignments/outbox.ts';
import { ConfigError, loadConfig } from './config/config.ts';
import { loginInstructions } from './config/login-banner.ts';
import { configureDataEncryption } from './crypto/data-encryption.ts';
import { DataDirInUse } from './db/data-dir-lock.ts';
import { openDatabase } from './db/open.ts';
import { refreshStalePlannerStatistics } from './db/planner-statistics.ts';
import { describeDatabaseStartupError } from './db/startup-error.ts';
import { prepareNewDataDir } from './demo/first-start.ts';
import { isDatabaseEmpty, loadDemoStory } from './demo/load-demo-data.ts';
import { BootTiming } from './health/boot-timing.ts';

async function main() {
  const config = loadConfig();
  const boot = new BootTiming(config.bootTiming);
  boot.mark('modules loaded');
  configureDataEncryption(config.dataEncryptionKey);
  // The HTTP side (Fastify and some 40 route plugins) loads while the database opens: PGlite reads
  // and compiles its WebAssembly meanwhile (decision 0036).
  const http = import('./http/app.ts');
  http.catch(() => undefined); // a failing open is reported first; this promise is awaited below
  if (await prepareNewDataDir(config)) boot.mark('new data dir prepared');
  const database = await openDatabase(config);
  boot.mark('database open');
  // Before any request: an outgoing message waits for delivery only when there is somewhere to deliver.
  configureIjwDelivery(config.ijwDeliveryUrl);
  if (config.demoData && (await isDatabaseEmpty(database.db))) {
    await loadDemoStory(database);
    boot.mark('demo data loaded');
  }
  const { buildApp, webDist } = await http;
  boot.mark('http modules loaded');
  const app = await buildApp({ config, database });
  boot.mark('app built');
  // Background jobs start after listening (below): no request waits for pg-boss, so start-up
  // need not either (decision 0036). Shutdown waits for a start still under way.
  let boss: Promise<Awaited<ReturnType<typeof import('./jobs/jobs.ts').startJobs>> | undefined> =
    Promise.resolve(undefined);

  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    const jobs = await boss.catch(() => undefined);
    await jobs?.stop({ graceful: true, wait: true }).catch(() => undefined);
    await validationPool().close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  boot.mark('listening');
  const url = `http://localhost:${config.port}`;
  const lines = [
    '',
    `  Eén Plan draait op ${url}`,
    `  Database: ${database.kind === 'pglite' ? `ingebouwd (PGlite) in ${config.dataDir}` : database.replica ? 'PostgreSQL, met leesreplica' : 'PostgreSQL'}`,
    `  ${loginInstructions(config, url)}`,
    `  API-documentatie: ${url}/api/docs`,
    existsSync(join(webDist, 'index.html')) ? '' : '  Let op: de webapp is niet gebouwd (npm run build:web).',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (config.jobs) {
    boss = import('./jobs/jobs.ts').then(({ startJobs }) =>
      startJobs(database, app.log, {
        ijwDeliveryUrl: config.ijwDeliveryUrl,
        auditCheckpoint: { key: config.auditCheckpointKey, dir: config.auditCheckpointDir },
        digest: { smtpUrl: config.mail.smtpUrl, from: config.mail.from, publicUrl: config.publicUrl },
      }).finally(() => boot.mark('jobs started')),
    );
    // As when they started before listening: a server without its jobs (retention, reminders,
    // the audit check) must not run on unnoticed.
    boss.catch((error: unknown) => {
      process.stderr.write(
        `Eén Plan could not start its background jobs: ${(error as Error).stack ?? String(error)}\n`,
      );
      process.exit(1);
    });
  }
  // PGlite has no autovacuum: without this the planner would work from statistics of the last
  // demo load (or none) however much the embedded database has grown since. After listening, and
  // only the tables that changed: PGlite's single thread serves no request while it analyzes.
  if (database.kind === 'pglite')
    refreshStalePlannerStatistics(database)
      .then(() => boot.mark('planner statistics'))
      .catch((error: unknown) =>
        app.log.warn({ err: { message: (error as Error).message } }, 'planner statistics failed'),
      );
  // After listening, so start-up is not slower: the first incoming iJw message then finds the
  // schemas and the rules compiled instead of waiting a few seconds for a cold worker. One worker
  // only: each holds its own compiled schemas (tens of MB); the others start when messages queue.
  validationPool()
    .warmUp(1)
    .catch((error: unknown) =>
      app.log.warn({ err: { message: (error as Error).message } }, 'iJw validation warm-up failed'),
    );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  if (error instanceof DataDirInUse) {
    process.stderr.write(`Eén Plan could not start: ${error.message}\n`);
    process.exit(1);
  }
  const databaseUrl = process.env.DATABASE_URL;
  const unreachable = databaseUrl ? describeDatabaseStartupError(error, databaseUrl) : undefined;
  if (unreachable) {
    process.stderr.write(`Eén Plan could not start: ${unreachable}\n`);
    process.exit(1);
  }
  process.stderr.write(`Eén Plan could not start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
