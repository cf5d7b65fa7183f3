/**
 * Facts the task rules ask of rights cases: open cases whose next deadline falls on or before
 * `until` (the task opens that many days ahead). A complaint's next deadline is its written
 * acknowledgement until that is done, then its handling term.
 */
import type { RightsCaseKind } from '@een-plan/contracts';
import { and, eq, notInArray } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { CLOSED_STATUSES } from './cases.ts';
import { complaintAcknowledgeDue } from './deadlines.ts';
import { rightsCase } from './schema.ts';

interface RightsDeadlineFact {
  id: string;
  householdId: string;
  kind: RightsCaseKind;
  dueDate: string;
}

export async function rightsCasesNearDeadline(
  db: Executor,
  tenantId: string,
  until: string,
  householdId?: string,
): Promise<RightsDeadlineFact[]> {
  const rows = await db
    .select({
      id: rightsCase.id,
      householdId: rightsCase.householdId,
      kind: rightsCase.kind,
      dueOn: rightsCase.dueOn,
      receivedOn: rightsCase.receivedOn,
      acknowledgedOn: rightsCase.acknowledgedOn,
    })
    .from(rightsCase)
    .where(
      and(
        eq(rightsCase.tenantId, tenantId),
        notInArray(rightsCase.status, [...CLOSED_STATUSES]),
        householdId ? eq(rightsCase.householdId, householdId) : undefined,
      ),
    )
    .limit(5000);
  return rows.flatMap((r) => {
    const dueDate =
      r.kind === 'complaint' && !r.acknowledgedOn ? complaintAcknowledgeDue(r.receivedOn) : r.dueOn;
    if (!dueDate || dueDate > until) return [];
    return [{ id: r.id, householdId: r.householdId, kind: r.kind, dueDate }];
  });
}
