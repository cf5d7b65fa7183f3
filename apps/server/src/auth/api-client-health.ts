import { and, count, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { apiClient } from './api-client-schema.ts';

/**
 * Set-up health of the tenant's API clients: tokens do not expire, so a client not used for 90
 * days is the one to look at (revoke it when the system is gone).
 */
export async function apiClientHealth(db: Executor, tenantId: string, now = new Date()) {
  const unusedSince = new Date(now.getTime() - 90 * 86_400_000);
  const [row] = await db
    .select({
      active: count(),
      unused: sql<number>`count(*) filter (where ${or(
        and(isNull(apiClient.lastUsedAt), lt(apiClient.createdAt, unusedSince)),
        lt(apiClient.lastUsedAt, unusedSince),
      )})::int`,
    })
    .from(apiClient)
    .where(and(eq(apiClient.tenantId, tenantId), isNull(apiClient.revokedAt)));
  return { active: Number(row?.active ?? 0), unusedFor90Days: Number(row?.unused ?? 0) };
}
