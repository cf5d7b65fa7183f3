/** What other modules may know of a household's measures: which GIs carry one out (not ended). */
import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { protectionMeasure } from './schema.ts';

export async function organisationsWithOpenMeasure(
  db: Executor,
  tenantId: string,
  householdId: string,
): Promise<string[]> {
  const rows = await db
    .selectDistinct({ organisationId: protectionMeasure.organisationId })
    .from(protectionMeasure)
    .where(
      and(
        eq(protectionMeasure.tenantId, tenantId),
        eq(protectionMeasure.householdId, householdId),
        isNull(protectionMeasure.endedOn),
      ),
    )
    .limit(50);
  return rows.map((r) => r.organisationId);
}
