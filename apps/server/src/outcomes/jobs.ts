import type PgBoss from 'pg-boss';
import type { Db } from '../db/database.ts';
import { allTenantIds } from '../tenancy/tenants.ts';
import { checkRecurrence } from './recurrence.ts';
import { refreshOutcomes } from './refresh.ts';

const OUTCOMES_REFRESH_QUEUE = 'outcomes-refresh';
const OUTCOMES_RECURRENCE_QUEUE = 'outcomes-recurrence';

/**
 * Nightly: the published figures of this year and last year (late closures and evaluations still
 * change last year's figures in January).
 */
export async function registerOutcomeJobs(boss: PgBoss, db: Db, now = () => new Date()) {
  await boss.createQueue(OUTCOMES_REFRESH_QUEUE);
  await boss.schedule(OUTCOMES_REFRESH_QUEUE, '15 3 * * *', {}, { tz: 'Europe/Amsterdam' });
  await boss.work(OUTCOMES_REFRESH_QUEUE, async () => {
    await refreshAllTenants(db, now());
  });
  // Before the refresh, so the night's figures include the checks that came due today.
  await boss.createQueue(OUTCOMES_RECURRENCE_QUEUE);
  await boss.schedule(OUTCOMES_RECURRENCE_QUEUE, '45 2 * * *', {}, { tz: 'Europe/Amsterdam' });
  await boss.work(OUTCOMES_RECURRENCE_QUEUE, async () => {
    await checkRecurrenceAllTenants(db, now());
  });
}

async function checkRecurrenceAllTenants(db: Db, at: Date) {
  for (const tenantId of await allTenantIds(db)) await checkRecurrence(db, tenantId, at);
}

async function refreshAllTenants(db: Db, at: Date) {
  const year = at.getUTCFullYear();
  for (const tenantId of await allTenantIds(db)) {
    await refreshOutcomes(db, tenantId, year - 1, at);
    await refreshOutcomes(db, tenantId, year, at);
  }
}
