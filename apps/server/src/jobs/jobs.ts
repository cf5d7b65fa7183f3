import type { FastifyBaseLogger } from 'fastify';
import PgBoss from 'pg-boss';
import { registerIjwOutboxJobs } from '../assignments/outbox.ts';
import type { CheckpointKey } from '../audit/checkpoint.ts';
import { registerAuditCheckpointJob } from '../audit/checkpoint-job.ts';
import { recordAudit } from '../audit/record.ts';
import { verifyAuditChain } from '../audit/verify.ts';
import type { Database } from '../db/database.ts';
import { registerFuturePlanJobs } from '../futurePlan/jobs.ts';
import { registerOutcomeJobs } from '../outcomes/jobs.ts';
import { registerPlacementJobs } from '../placements/reservation-expiry.ts';
import { registerReferralJobs } from '../referrals/jobs.ts';
import { registerRetentionJobs } from '../retention/jobs.ts';
import type { DigestOptions } from '../tasks/digest.ts';
import { registerTaskJobs } from '../tasks/jobs.ts';
import { reconcileTasks } from '../tasks/reconcile.ts';
import { allTenantIds } from '../tenancy/tenants.ts';

export const AUDIT_VERIFY_QUEUE = 'audit-chain-verify';

/**
 * Background work on pg-boss in the same database (PGlite through an adapter, PostgreSQL by
 * connection string), so several server processes can share the queue safely.
 */
export async function startJobs(
  database: Database,
  log: FastifyBaseLogger,
  opts: { ijwDeliveryUrl?: string; auditCheckpoint?: CheckpointKey; digest?: DigestOptions } = {},
): Promise<PgBoss> {
  const boss = new PgBoss({
    ...database.jobsConnection,
    schema: 'pgboss',
  } as PgBoss.ConstructorOptions);
  boss.on('error', (error) => log.error({ err: { message: error.message } }, 'job queue error'));
  await boss.start();
  await boss.createQueue(AUDIT_VERIFY_QUEUE);
  // Nightly, outside office hours.
  await boss.schedule(AUDIT_VERIFY_QUEUE, '30 2 * * *', {}, { tz: 'Europe/Amsterdam' });
  await boss.work(AUDIT_VERIFY_QUEUE, async () => {
    await runAuditVerification(database, log);
  });
  if (opts.auditCheckpoint) await registerAuditCheckpointJob(boss, database, opts.auditCheckpoint);
  // A reminder is a real task (and notification) for the team or the signal's coordinator.
  await registerReferralJobs(boss, database.db, async () => {
    for (const tenantId of await allTenantIds(database.db)) {
      await reconcileTasks(database.db, tenantId, { kinds: ['signal_past_norm'] });
    }
  });
  await registerTaskJobs(
    boss,
    database.db,
    log,
    opts.digest ?? { smtpUrl: undefined, from: '', publicUrl: '' },
  );
  await registerIjwOutboxJobs(boss, database.db, opts.ijwDeliveryUrl);
  // An expired hold ends the provider's task to answer it.
  await registerPlacementJobs(boss, database.db, async (tenantIds) => {
    for (const tenantId of tenantIds) {
      await reconcileTasks(database.db, tenantId, { kinds: ['reservation_waiting'] });
    }
  });
  await registerFuturePlanJobs(boss, database.db, log, async () => {
    for (const tenantId of await allTenantIds(database.db)) {
      await reconcileTasks(database.db, tenantId, { kinds: ['future_plan_at_17', 'future_plan_at_17_half'] });
    }
  });
  await registerOutcomeJobs(boss, database.db);
  await registerRetentionJobs(boss, database.db, log, () => allTenantIds(database.db));
  return boss;
}

/** Verifies every tenant's chain and writes the outcome into each tenant's own log. */
async function runAuditVerification(database: Database, log: FastifyBaseLogger) {
  const result = await verifyAuditChain(database);
  if (!result.ok) log.error({ firstBreak: result.firstBreak }, 'audit chain broken');
  else log.info({ rows: result.rows }, 'audit chain intact');
  for (const tenantId of await allTenantIds(database.db)) {
    await recordAudit(database.db, {
      tenantId,
      actor: null,
      action: 'audit.chain_verified',
      outcome: result.ok ? 'success' : 'failed',
      details: result.ok
        ? { rows: result.rows }
        : {
            brokenTenant: result.firstBreak.tenantId,
            brokenSeq: result.firstBreak.seq,
            problem: result.firstBreak.problem,
          },
    });
  }
  return result;
}
