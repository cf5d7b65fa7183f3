/** The time-based side of tasks: every 30 minutes all rules for all tenants, and the daily e-mail. */
import type { FastifyBaseLogger } from 'fastify';
import type PgBoss from 'pg-boss';
import type { Db } from '../db/database.ts';
import { allTenantIds } from '../tenancy/tenants.ts';
import { type DigestOptions, sendDailyDigest } from './digest.ts';
import { reconcileAllTenants } from './reconcile.ts';

export const TASK_RECONCILE_QUEUE = 'task-reconcile';
export const TASK_DIGEST_QUEUE = 'task-daily-digest';

async function reconcileEveryTenant(db: Db, now = new Date()) {
  return reconcileAllTenants(db, await allTenantIds(db), now);
}

export async function registerTaskJobs(
  boss: PgBoss,
  db: Db,
  log: FastifyBaseLogger,
  digest: DigestOptions,
): Promise<void> {
  await boss.createQueue(TASK_RECONCILE_QUEUE);
  await boss.schedule(TASK_RECONCILE_QUEUE, '*/30 * * * *', {}, { tz: 'Europe/Amsterdam' });
  await boss.work(TASK_RECONCILE_QUEUE, async () => {
    const r = await reconcileEveryTenant(db);
    log.info(r, 'tasks reconciled');
  });
  await boss.createQueue(TASK_DIGEST_QUEUE);
  await boss.schedule(TASK_DIGEST_QUEUE, '0 7 * * *', {}, { tz: 'Europe/Amsterdam' });
  await boss.work(TASK_DIGEST_QUEUE, async () => {
    await sendDailyDigest(db, digest, log);
  });
}
