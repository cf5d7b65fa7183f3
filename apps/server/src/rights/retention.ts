/** Destruction of a household's rights cases (requests, objections, complaints …) and their letters. */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { rightsCase, rightsLetter } from './schema.ts';

export async function destroyHouseholdData(tx: Executor, tenantId: string, householdId: string) {
  const letters = await tx
    .delete(rightsLetter)
    .where(and(eq(rightsLetter.tenantId, tenantId), eq(rightsLetter.householdId, householdId)))
    .returning({ id: rightsLetter.id });
  // One statement: an objection and the request it is against go together, so the self-reference holds.
  const gone = await tx
    .delete(rightsCase)
    .where(and(eq(rightsCase.tenantId, tenantId), eq(rightsCase.householdId, householdId)))
    .returning({ id: rightsCase.id });
  return { rights_case: gone.length, rights_letter: letters.length };
}
