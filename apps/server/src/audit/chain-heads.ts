import type { Database } from '../db/database.ts';

/**
 * The newest sealed row of every tenant's chain, read from audit_log_chain_idx (tenant_id, seq) without walking
 * the chains: each next tenant is one index step past the previous (a loose index scan), and each
 * head one backward step into its tenant. `distinct on (tenant_id) … order by tenant_id, seq desc`
 * or `max(seq) … group by tenant_id` read every row of the log to find the same few.
 */
export const ALL_CHAIN_HEADS = `
  with recursive tenants as (
    select min(tenant_id) as id from audit_log
    union all
    select (select min(a.tenant_id) from audit_log a where a.tenant_id > tenants.id)
      from tenants where tenants.id is not null
  )
  select tenants.id as "tenantId", head.seq, head.hash
    from tenants
    cross join lateral (
      select a.seq, a.hash from audit_log a
       where a.tenant_id = tenants.id and a.seq is not null order by a.seq desc limit 1
    ) head
   where tenants.id is not null
   order by tenants.id`;

/** The newest sealed row of one tenant's chain (the tail audit_seal reads under the tenant's lock, too). */
export const ONE_CHAIN_HEAD = `
  select tenant_id as "tenantId", seq, hash from audit_log
   where tenant_id = $1 and seq is not null order by seq desc limit 1`;

interface ChainHead {
  tenantId: string;
  seq: number;
  hash: string;
}

/**
 * Each tenant's chain head (or one tenant's), in tenant order; a tenant without sealed rows has none.
 * Rows not yet sealed are not in it: callers that need them seal first (sealAllAuditRows).
 */
export async function chainHeads(database: Database, tenantId?: string): Promise<ChainHead[]> {
  const rows = await database.ownerQuery<{ tenantId: string; seq: string | number; hash: string }>(
    tenantId === undefined ? ALL_CHAIN_HEADS : ONE_CHAIN_HEAD,
    tenantId === undefined ? [] : [tenantId],
  );
  return rows.map((r) => ({ tenantId: r.tenantId, seq: Number(r.seq), hash: r.hash }));
}
