/** The daily pg-boss job that starts toekomstplannen (and brings the 17/17½ tasks in line). */
import type { FastifyBaseLogger } from 'fastify';
import type PgBoss from 'pg-boss';
import type { Db } from '../db/database.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { allTenantIds } from '../tenancy/tenants.ts';
import { startDueFuturePlans } from './start.ts';

const FUTURE_PLAN_START_QUEUE = 'future-plan-start';

async function startFuturePlansForEveryTenant(db: Db, now = new Date()): Promise<number> {
  let started = 0;
  for (const tenantId of await allTenantIds(db))
    started += await startDueFuturePlans(db, tenantId, amsterdamDate(now));
  return started;
}

export async function registerFuturePlanJobs(
  boss: PgBoss,
  db: Db,
  log: FastifyBaseLogger,
  afterRun: () => Promise<void>,
): Promise<void> {
  await boss.createQueue(FUTURE_PLAN_START_QUEUE);
  // Early morning, before the coordinators start their day.
  await boss.schedule(FUTURE_PLAN_START_QUEUE, '15 5 * * *', {}, { tz: 'Europe/Amsterdam' });
  await boss.work(FUTURE_PLAN_START_QUEUE, async () => {
    const started = await startFuturePlansForEveryTenant(db);
    log.info({ started }, 'toekomstplannen started');
    await afterRun();
  });
}
