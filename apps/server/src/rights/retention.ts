/** Destruction of a household's rights cases (requests, objections, complaints …). */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { rightsCase } from './schema.ts';

export async function destroyHouseholdData(tx: Executor, tenantId: string, householdId: string) {
  // One statement: an objection and the request it is against go together, so the self-reference holds.
  const gone = await tx
    .delete(rightsCase)
    .where(and(eq(rightsCase.tenantId, tenantId), eq(rightsCase.householdId, householdId)))
    .returning({ id: rightsCase.id });
  return { rights_case: gone.length };
}
