import { findUserNames } from '../auth/users.ts';
import type { Executor } from '../db/database.ts';

/** Display names of users by id, for showing who wrote, proposed or agreed something. */
export async function userNames(db: Executor, tenantId: string, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const rows = await findUserNames(db, tenantId, unique);
  return new Map(rows.map((r) => [r.id, r.displayName]));
}
