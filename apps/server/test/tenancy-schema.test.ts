import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.drop());

type Column = { table_name: string; column_name: string };
type Constraint = {
  table_name: string;
  constraint_name: string;
  constraint_type: string;
  columns: string[];
  ref_table: string | null;
  ref_columns: string[] | null;
};

async function liveSchema() {
  const tables = await t.database.ownerQuery<{ table_name: string; comment: string | null }>(
    `select c.relname as table_name, obj_description(c.oid, 'pg_class') as comment
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`,
  );
  const columns = await t.database.ownerQuery<Column>(
    `select table_name, column_name from information_schema.columns where table_schema = 'public'`,
  );
  const constraints = await t.database.ownerQuery<Constraint>(
    `select rel.relname as table_name, con.conname as constraint_name, con.contype as constraint_type,
            array(select a.attname::text from unnest(con.conkey) with ordinality k(attnum, ord)
                  join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum order by k.ord) as columns,
            case when con.contype = 'f' then con.confrelid::regclass::text end as ref_table,
            case when con.contype = 'f' then array(select a.attname::text from unnest(con.confkey) with ordinality k(attnum, ord)
                  join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum order by k.ord) end as ref_columns
       from pg_constraint con join pg_class rel on rel.oid = con.conrelid
       join pg_namespace n on n.oid = rel.relnamespace
      where n.nspname = 'public' and con.contype in ('p', 'f', 'u')`,
  );
  return { tables, columns, constraints };
}

/**
 * Citus-readiness: every tenant table is distributable by tenant_id. A table is exempt only when
 * it is explicitly marked as a reference table (shared code list) by its comment.
 */
function tenancyViolations(schema: Awaited<ReturnType<typeof liveSchema>>): string[] {
  const violations: string[] = [];
  const isReference = (table: string) =>
    schema.tables.find((x) => x.table_name === table)?.comment?.startsWith('reference table') ?? false;
  for (const { table_name: table } of schema.tables) {
    if (isReference(table)) continue;
    if (!schema.columns.some((c) => c.table_name === table && c.column_name === 'tenant_id')) {
      violations.push(`${table}: no tenant_id column`);
      continue;
    }
    for (const con of schema.constraints.filter((c) => c.table_name === table)) {
      if (
        (con.constraint_type === 'p' || con.constraint_type === 'u') &&
        !con.columns.includes('tenant_id')
      ) {
        violations.push(`${table}.${con.constraint_name}: key without tenant_id`);
      }
      if (con.constraint_type === 'f') {
        const i = con.columns.indexOf('tenant_id');
        if (con.ref_table && isReference(con.ref_table)) continue;
        if (i === -1 || con.ref_columns?.[i] !== 'tenant_id') {
          violations.push(`${table}.${con.constraint_name}: foreign key without tenant_id = tenant_id`);
        }
      }
    }
  }
  return violations;
}

describe('multi-tenant schema (Citus-ready)', () => {
  it('has tenant_id on every table and in every primary, unique and foreign key', async () => {
    const schema = await liveSchema();
    expect(schema.tables.length).toBeGreaterThan(5);
    expect(tenancyViolations(schema)).toEqual([]);
  });

  it('marks shared code lists as reference tables', async () => {
    const { tables } = await liveSchema();
    const refs = tables.filter((x) => x.comment?.startsWith('reference table')).map((x) => x.table_name);
    expect(refs).toContain('ref_life_domain');
    const rows = await t.database.ownerQuery<{ n: number }>('select count(*)::int as n from ref_life_domain');
    expect(rows[0]?.n).toBe(13);
  });

  it('detects a table that breaks the rule', async () => {
    await t.database.ownerQuery('create table rogue (id text primary key, household_id text)');
    try {
      expect(tenancyViolations(await liveSchema())).toEqual(['rogue: no tenant_id column']);
      await t.database.ownerQuery('alter table rogue add column tenant_id text');
      expect(tenancyViolations(await liveSchema())).toEqual(['rogue.rogue_pkey: key without tenant_id']);
    } finally {
      await t.database.ownerQuery('drop table rogue');
    }
  });
});
