import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { householdRowIds } from '../db/household-row-ids.ts';
import type { LegalHoldCheck } from '../db/legal-hold.ts';
import { measureStatus } from './rules.ts';
import { protectionMeasure, protectionMeasureExtension } from './schema.ts';

/** Legal hold: a measure the court imposed that is still in force keeps the dossier (for one person: one about them). */
export const openMeasureHold: LegalHoldCheck = async (db, tenantId, householdId, today, personId) => {
  const rows = await db
    .select({
      kind: protectionMeasure.kind,
      startDate: protectionMeasure.startDate,
      endDate: protectionMeasure.endDate,
      placementStartedOn: protectionMeasure.placementStartedOn,
      endedOn: protectionMeasure.endedOn,
    })
    .from(protectionMeasure)
    .where(
      and(
        eq(protectionMeasure.tenantId, tenantId),
        eq(protectionMeasure.householdId, householdId),
        personId ? eq(protectionMeasure.personId, personId) : undefined,
        isNull(protectionMeasure.endedOn),
      ),
    );
  const active = rows.some((m) => measureStatus(m, today) === 'active');
  return active ? ['child_protection_measure'] : [];
};

export async function destroyHouseholdData(tx: Executor, tenantId: string, householdId: string) {
  const ids = await householdRowIds(tx, protectionMeasure, tenantId, householdId);
  if (ids.length === 0) return { protection_measure: 0, protection_measure_extension: 0 };
  const ext = await tx
    .delete(protectionMeasureExtension)
    .where(
      and(
        eq(protectionMeasureExtension.tenantId, tenantId),
        inArray(protectionMeasureExtension.measureId, ids),
      ),
    )
    .returning({ id: protectionMeasureExtension.measureId });
  await tx
    .delete(protectionMeasure)
    .where(and(eq(protectionMeasure.tenantId, tenantId), inArray(protectionMeasure.id, ids)));
  return { protection_measure: ids.length, protection_measure_extension: ext.length };
}
