/**
 * Citus-ready by test (issue 18): the migrated schema keeps the rules Citus sets for tables
 * distributed by `tenant_id`, so a region or the country can shard by municipality without a
 * schema rewrite. Checked on the real catalog of a freshly migrated database (PGlite or PostgreSQL).
 *
 * - every table holds `tenant_id`, except the reference tables listed below (copied to every node);
 * - every primary key, unique constraint and unique index of a distributed table includes it;
 * - a foreign key between distributed tables joins `tenant_id` to `tenant_id` (co-located);
 * - a reference table references no distributed table;
 * - generated identifiers are bigint (an integer sequence runs out at a national scale).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

/** Tables without a tenant, and why: Citus copies these to every node. */
const REFERENCE_TABLES: Record<string, string> = {
  ref_life_domain: 'the national list of life domains (code list), the same for every tenant',
  login_failure: 'failed logins per account key, read before the tenant is known',
};

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(async () => {
  await testDb?.drop();
});

interface TableRow {
  table: string;
  hasTenant: boolean;
}

async function tables(): Promise<TableRow[]> {
  return testDb.database.ownerQuery<TableRow>(
    `select c.relname as "table",
            exists (select 1 from pg_attribute a
                     where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped) as "hasTenant"
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p')
      order by 1`,
  );
}

describe('the schema can be distributed by tenant_id (Citus)', () => {
  it('holds tenant_id in every table but the listed reference tables', async () => {
    const all = await tables();
    expect(all.length).toBeGreaterThan(20);
    const withoutTenant = all.filter((t) => !t.hasTenant).map((t) => t.table);
    expect(withoutTenant.sort()).toEqual(Object.keys(REFERENCE_TABLES).sort());
  });

  it('includes tenant_id in every primary key, unique constraint and unique index of a distributed table', async () => {
    const offenders = await testDb.database.ownerQuery<{ table: string; index: string }>(
      `select t.relname as "table", i.relname as "index"
         from pg_index x
         join pg_class i on i.oid = x.indexrelid
         join pg_class t on t.oid = x.indrelid
         join pg_namespace n on n.oid = t.relnamespace
        where n.nspname = 'public' and x.indisunique
          and exists (select 1 from pg_attribute a where a.attrelid = t.oid and a.attname = 'tenant_id')
          and not exists (select 1 from pg_attribute a
                           where a.attrelid = t.oid and a.attname = 'tenant_id' and a.attnum = any(x.indkey::int2[]))
        order by 1, 2`,
    );
    expect(offenders).toEqual([]);
    // The check sees the keys it must: every distributed table has a primary key.
    const withoutKey = await testDb.database.ownerQuery<{ table: string }>(
      `select c.relname as "table" from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'r'
          and not exists (select 1 from pg_constraint k where k.conrelid = c.oid and k.contype = 'p')`,
    );
    expect(withoutKey).toEqual([]);
  });

  it('joins tenant_id to tenant_id in every foreign key between distributed tables, and keeps reference tables free of them', async () => {
    const keys = await testDb.database.ownerQuery<{
      name: string;
      from: string;
      to: string;
      fromTenant: boolean;
      toTenant: boolean;
      paired: boolean;
    }>(
      `select k.conname as name, f.relname as "from", r.relname as "to",
              exists (select 1 from pg_attribute a where a.attrelid = f.oid and a.attname = 'tenant_id') as "fromTenant",
              exists (select 1 from pg_attribute a where a.attrelid = r.oid and a.attname = 'tenant_id') as "toTenant",
              exists (select 1 from unnest(k.conkey, k.confkey) as p(from_col, to_col)
                        join pg_attribute fa on fa.attrelid = f.oid and fa.attnum = p.from_col
                        join pg_attribute ta on ta.attrelid = r.oid and ta.attnum = p.to_col
                       where fa.attname = 'tenant_id' and ta.attname = 'tenant_id') as paired
         from pg_constraint k
         join pg_class f on f.oid = k.conrelid
         join pg_class r on r.oid = k.confrelid
         join pg_namespace n on n.oid = f.relnamespace
        where n.nspname = 'public' and k.contype = 'f'
        order by 1`,
    );
    expect(keys.length).toBeGreaterThan(20);
    const betweenDistributed = keys.filter((k) => k.fromTenant && k.toTenant);
    expect(betweenDistributed.filter((k) => !k.paired).map((k) => k.name)).toEqual([]);
    // A reference table may be referenced (a code list), but may not point at a tenant's rows.
    expect(keys.filter((k) => !k.fromTenant && k.toTenant).map((k) => k.name)).toEqual([]);
    // Every reference to a reference table really targets one of the listed tables.
    const toReference = keys.filter((k) => k.fromTenant && !k.toTenant).map((k) => k.to);
    for (const target of toReference) expect(Object.keys(REFERENCE_TABLES)).toContain(target);
  });

  it('generates only bigint identifiers', async () => {
    const generated = await testDb.database.ownerQuery<{ table: string; column: string; type: string }>(
      `select table_name as "table", column_name as "column", data_type as type
         from information_schema.columns
        where table_schema = 'public' and (column_default like 'nextval(%' or is_identity = 'YES')`,
    );
    expect(generated.filter((g) => g.type !== 'bigint')).toEqual([]);
    // The audit chain's sequence number is the one counter that grows without bound.
    const seq = await testDb.database.ownerQuery<{ type: string }>(
      `select data_type as type from information_schema.columns
        where table_schema = 'public' and table_name = 'audit_log' and column_name = 'seq'`,
    );
    expect(seq).toEqual([{ type: 'bigint' }]);
  });
});
