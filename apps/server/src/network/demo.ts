/**
 * Rows of the demo story in the network module's table, for the demo loaders of other modules:
 * the story's network members as they would stand after the coordinator's decisions. Idempotent.
 */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { networkMember } from './schema.ts';

type DemoNetworkMember = typeof networkMember.$inferInsert;

/** Inserts the members that do not exist yet (people may have changed those that do). */
export async function ensureNetworkMembers(tx: Executor, members: readonly DemoNetworkMember[]) {
  if (members.length === 0) return;
  await tx
    .insert(networkMember)
    .values([...members])
    .onConflictDoNothing();
}

/** Who decided on a member (the household's own coordinator). */
export async function setNetworkMemberDecider(tx: Executor, tenantId: string, id: string, userId: string) {
  await tx
    .update(networkMember)
    .set({ decidedBy: userId })
    .where(and(eq(networkMember.tenantId, tenantId), eq(networkMember.id, id)));
}
