/** The demo story's users, for the demo loaders (the login page lists those with a description). */
import type { Executor } from '../db/database.ts';
import { appUser } from './schema.ts';

type DemoUser = Omit<typeof appUser.$inferInsert, 'tenantId'>;

/** Inserts the users that do not exist yet; existing ones are left as they are. */
export async function ensureDemoUsers(tx: Executor, tenantId: string, users: readonly DemoUser[]) {
  if (users.length === 0) return;
  await tx
    .insert(appUser)
    .values(users.map((u) => ({ ...u, tenantId })))
    .onConflictDoNothing();
}
