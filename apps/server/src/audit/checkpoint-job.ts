import type PgBoss from 'pg-boss';
import type { Database } from '../db/database.ts';
import { type CheckpointKey, writeAuditCheckpoints } from './checkpoint.ts';

export const AUDIT_CHECKPOINT_QUEUE = 'audit-checkpoint';

/**
 * Every hour each tenant's chain head is signed. Rows deleted from the end of the log after that
 * can no longer pass `audit:verify`: at most the last hour's events can vanish unnoticed.
 */
export async function registerAuditCheckpointJob(
  boss: PgBoss,
  database: Database,
  signing: CheckpointKey,
): Promise<void> {
  await boss.createQueue(AUDIT_CHECKPOINT_QUEUE);
  await boss.schedule(AUDIT_CHECKPOINT_QUEUE, '7 * * * *', {}, { tz: 'Europe/Amsterdam' });
  await boss.work(AUDIT_CHECKPOINT_QUEUE, async () => {
    await writeAuditCheckpoints(database, signing);
  });
}
