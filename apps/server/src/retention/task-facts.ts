/**
 * Facts the task rules ask of erasure requests: the open ones with the last day of their legal
 * term (Jeugdwet 7.3.9: three months) and who recorded them — that administrator answers them.
 */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { erasureRequest } from './schema.ts';

interface ErasureDeadlineFact {
  id: string;
  householdId: string | null;
  decideBy: string;
  recordedBy: string;
}

export async function erasureRequestsAwaitingDecision(
  db: Executor,
  tenantId: string,
): Promise<ErasureDeadlineFact[]> {
  return db
    .select({
      id: erasureRequest.id,
      householdId: erasureRequest.householdId,
      decideBy: erasureRequest.decideBy,
      recordedBy: erasureRequest.recordedBy,
    })
    .from(erasureRequest)
    .where(and(eq(erasureRequest.tenantId, tenantId), eq(erasureRequest.status, 'open')))
    .limit(5000);
}
