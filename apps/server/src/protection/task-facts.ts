import { and, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { nextMeasureDeadline } from './rules.ts';
import { protectionMeasure } from './schema.ts';

export async function measuresWithDeadline(
  db: Executor,
  tenantId: string,
  today: string,
  until: string,
  householdId?: string,
) {
  const rows = await db
    .select()
    .from(protectionMeasure)
    .where(
      and(
        eq(protectionMeasure.tenantId, tenantId),
        isNull(protectionMeasure.endedOn),
        householdId ? eq(protectionMeasure.householdId, householdId) : undefined,
      ),
    )
    .limit(5000);
  return rows.flatMap((r) => {
    const due = nextMeasureDeadline(r, today);
    return due && due <= until
      ? [{ id: r.id, householdId: r.householdId, caseworkerId: r.caseworkerId, dueDate: due }]
      : [];
  });
}
