/** Which households are in care by their family plan: an open plan (any state but closed). */
import { and, eq, ne } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { plan } from './schema.ts';

export async function householdsWithOpenPlan(db: Executor, tenantId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ householdId: plan.householdId })
    .from(plan)
    .where(and(eq(plan.tenantId, tenantId), ne(plan.state, 'closed')));
  return rows.map((r) => r.householdId);
}
