import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { tenant } from './schema.ts';

/** Every tenant of the installation (the daily jobs run once per tenant). */
export async function allTenantIds(db: Executor): Promise<string[]> {
  return (await db.select({ tenantId: tenant.tenantId }).from(tenant)).map((t) => t.tenantId);
}

/**
 * The tenant an anonymous visitor means: the one asked for, else the first one (a single-tenant
 * installation needs no parameter); undefined when there is no such tenant.
 */
export async function findTenantId(db: Executor, requested: string | undefined) {
  const [row] = await db
    .select({ tenantId: tenant.tenantId })
    .from(tenant)
    .where(requested ? eq(tenant.tenantId, requested) : undefined)
    .orderBy(asc(tenant.tenantId))
    .limit(1);
  return row?.tenantId;
}
