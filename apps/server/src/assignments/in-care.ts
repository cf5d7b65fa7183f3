/** Which youths are in care by an assignment: assigned or started, not stopped or rejected. */
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { assignment } from './schema.ts';

export async function personsWithRunningAssignment(
  db: Executor,
  tenantId: string,
): Promise<Array<{ personId: string; householdId: string }>> {
  return db
    .selectDistinct({ personId: assignment.personId, householdId: assignment.householdId })
    .from(assignment)
    .where(and(eq(assignment.tenantId, tenantId), inArray(assignment.status, ['assigned', 'started'])));
}
