/** Facts the task rules ask of plans: open plans whose next evaluation falls on or before a day. */
import { and, eq, isNotNull, lte, ne } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { plan } from './schema.ts';

export async function plansWithEvaluationDue(
  db: Executor,
  tenantId: string,
  until: string,
  householdId?: string,
) {
  const rows = await db
    .select({ id: plan.id, householdId: plan.householdId, dueDate: plan.nextEvaluationDate })
    .from(plan)
    .where(
      and(
        eq(plan.tenantId, tenantId),
        ne(plan.state, 'closed'),
        isNotNull(plan.nextEvaluationDate),
        lte(plan.nextEvaluationDate, until),
        householdId ? eq(plan.householdId, householdId) : undefined,
      ),
    );
  return rows.map((r) => ({ id: r.id, householdId: r.householdId, dueDate: r.dueDate as string }));
}
