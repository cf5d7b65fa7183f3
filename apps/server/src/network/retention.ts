/** Destruction of a household's network members (retention and erasure). */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { networkMember } from './schema.ts';

export async function destroyHouseholdData(tx: Executor, tenantId: string, householdId: string) {
  const rows = await tx
    .delete(networkMember)
    .where(and(eq(networkMember.tenantId, tenantId), eq(networkMember.householdId, householdId)))
    .returning({ id: networkMember.id });
  return { network_member: rows.length };
}
