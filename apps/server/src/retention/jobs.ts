import type { FastifyBaseLogger } from 'fastify';
import type PgBoss from 'pg-boss';
import { recordAudit } from '../audit/record.ts';
import type { Db } from '../db/database.ts';
import { listDue } from './due.ts';
import { todayInAmsterdam } from './service.ts';

const RETENTION_DUE_QUEUE = 'retention-due';

/**
 * Nightly: lists, per tenant, the dossiers whose term passed. It never destroys — that needs an
 * administrator's confirmation — it only makes the due list visible (log and audit).
 */
export async function runRetentionDue(
  db: Db,
  tenantIds: string[],
  log: FastifyBaseLogger,
  today = todayInAmsterdam(),
) {
  const result: Record<string, number> = {};
  for (const tenantId of tenantIds) {
    const due = await listDue(db, tenantId, today);
    result[tenantId] = due.length;
    await recordAudit(db, {
      tenantId,
      actor: null,
      action: 'retention.due_listed',
      outcome: 'success',
      subjectType: 'retention',
      details: { due: due.length, held: due.filter((d) => d.legalHolds.length > 0).length },
    });
    if (due.length > 0) log.info({ tenantId, due: due.length }, 'dossiers due for destruction');
  }
  return result;
}

export async function registerRetentionJobs(
  boss: PgBoss,
  db: Db,
  log: FastifyBaseLogger,
  tenants: () => Promise<string[]>,
) {
  await boss.createQueue(RETENTION_DUE_QUEUE);
  await boss.schedule(RETENTION_DUE_QUEUE, '45 2 * * *', {}, { tz: 'Europe/Amsterdam' });
  await boss.work(RETENTION_DUE_QUEUE, async () => {
    await runRetentionDue(db, await tenants(), log);
  });
}
