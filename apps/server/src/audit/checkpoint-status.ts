import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { auditCheckpoint } from './checkpoint-schema.ts';

/** When this tenant's audit chain head was last signed; null when never. */
export async function lastCheckpointAt(db: Executor, tenantId: string): Promise<Date | null> {
  const [row] = await db
    .select({ signedAt: auditCheckpoint.signedAt })
    .from(auditCheckpoint)
    .where(eq(auditCheckpoint.tenantId, tenantId))
    .orderBy(desc(auditCheckpoint.seq))
    .limit(1);
  return row?.signedAt ?? null;
}
