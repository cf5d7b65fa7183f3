/**
 * The audit log's reads go through its indexes, however long the log grows: the family's access log
 * through the two partial subject indexes (drizzle/0051), audit:verify and the checkpoint job
 * through the primary key (tenant_id, seq). EXPLAIN of exactly the statements that run.
 */
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_CHAIN_HEADS, chainHeads, ONE_CHAIN_HEAD } from '../src/audit/chain-heads.ts';
import { sealAllAuditRows } from '../src/audit/seal.ts';
import { visitPicksQuery } from '../src/audit/subject-visits.ts';
import { VERIFY_BATCH } from '../src/audit/verify.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

let t: TestDatabase;
const BULK = 20_000;
/** Tenants besides the demo's, each with a chain of its own. */
const OTHER_TENANTS = ['0363', '0518'];

beforeAll(async () => {
  t = await createTestDatabase({ demoData: true });
  // The demo story's rows are chained first (decision 0047), so the bulk rows continue its chain.
  await sealAllAuditRows(t.database.db);
  // A long log of other households: half single-subject reads, half list events naming two.
  // Rows written by hand carry no valid hashes; this file reads plans and heads, not the chain.
  await t.database.ownerQuery(`
    insert into audit_log (tenant_id, seq, occurred_at, subject_type, subject_id, subject_ids, action,
                           outcome, prev_hash, hash)
    select '0394', m.seq + g, now(), 'household',
           case when g % 2 = 0 then 'hh-bulk-' || (g % 2000) end,
           case when g % 2 = 1 then array['hh-bulk-' || (g % 2000), 'hh-bulk-' || ((g + 1) % 2000)] end,
           'household.read', 'success', 'x', 'x'
      from generate_series(1, ${BULK}) g, (select coalesce(max(seq), 0) as seq from audit_log where tenant_id = '0394') m`);
  for (const [i, tenant] of OTHER_TENANTS.entries()) {
    await t.database.ownerQuery(
      `insert into audit_log (tenant_id, seq, occurred_at, subject_type, subject_id, action, outcome, prev_hash, hash)
       select $1, g, now(), 'household', 'hh-' || g, 'household.read', 'success', 'x', 'h' || g
         from generate_series(1, $2::int) g`,
      [tenant, 100 * (i + 1)],
    );
  }
  await t.database.ownerQuery('analyze audit_log');
}, 180_000);
afterAll(() => t?.drop());

function planText(result: unknown): string {
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Array<
    Record<string, string>
  >;
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}

/**
 * Sequential scans priced out, so a test-sized table plans like a large one; a plan still shows a
 * Seq Scan when no index can answer the condition, so the assertions keep their teeth.
 */
async function explain(
  statement: SQL | ((tx: typeof t.database.ownerDb) => { getSQL(): SQL }),
  opts: { bitmapScans?: boolean } = {},
): Promise<string> {
  return t.database.ownerDb.transaction(async (tx) => {
    await tx.execute(sql`set local enable_seqscan = off`);
    if (opts.bitmapScans === false) await tx.execute(sql`set local enable_bitmapscan = off`);
    const query = typeof statement === 'function' ? statement(tx).getSQL() : statement;
    return planText(await tx.execute(sql`explain ${query}`));
  });
}

/** A raw statement with its values written in as literals (they are the test's own constants). */
function withValues(text: string, values: Array<string | number>): SQL {
  return sql.raw(
    values.reduce<string>(
      (s, v, i) => s.replaceAll(`$${i + 1}`, typeof v === 'number' ? String(v) : `'${v}'`),
      text,
    ),
  );
}

describe("the family's access log", () => {
  const query = {
    tenantId: '0394',
    subjectType: 'household',
    subjectId: 'hh-jansen',
    withoutBreakGlassIds: ['bg-none'],
    withoutNamespaces: ['meldcode', 'veilig_thuis'],
    visitGapMinutes: 30,
    page: 1,
    pageSize: 20,
    maxRows: 500,
  };

  it('finds the subject through both partial subject indexes, not by reading the log', async () => {
    const plan = await explain((tx) => visitPicksQuery(tx, query));
    expect(plan, plan).toMatch(/Bitmap Index Scan on audit_log_subject_seq_idx/);
    expect(plan, plan).toMatch(/Index Cond: .*subject_id = 'hh-jansen'/);
    expect(plan, plan).toMatch(/Bitmap Index Scan on audit_log_subject_ids_idx/);
    expect(plan, plan).toMatch(/Index Cond: \(subject_ids @> '\{hh-jansen\}'/);
    expect(plan, plan).not.toMatch(/Seq Scan on audit_log|audit_log_chain_idx/);
  });

  it('filtered by section and period, still through the subject indexes', async () => {
    const plan = await explain((tx) =>
      visitPicksQuery(tx, {
        ...query,
        dataCategory: 'household.dossier',
        from: '2026-01-01',
        to: '2026-12-31',
      }),
    );
    expect(plan, plan).toMatch(/audit_log_subject_seq_idx/);
    expect(plan, plan).toMatch(/audit_log_subject_ids_idx/);
    expect(plan, plan).not.toMatch(/Seq Scan on audit_log/);
  });

  it('keeps a row out of the index that cannot find it', async () => {
    const defs = await t.database.ownerQuery<{ name: string; def: string }>(
      `select indexname as name, indexdef as def from pg_indexes
        where tablename = 'audit_log' and indexname like 'audit_log_subject%' order by indexname`,
    );
    expect(defs.map((d) => d.name)).toEqual(['audit_log_subject_ids_idx', 'audit_log_subject_seq_idx']);
    expect(defs[0]?.def).toMatch(/USING gin \(subject_ids\) WHERE \(subject_ids IS NOT NULL\)/);
    expect(defs[1]?.def).toMatch(/WHERE \(subject_id IS NOT NULL\)/);
  });
});

describe('audit:verify and the checkpoints read the chain by its index (tenant_id, seq)', () => {
  it("walks a tenant's chain from a sequence number on as a range of the key, unsorted", async () => {
    // The seal updates each row (decision 0047), so seq follows the heap less closely (0.91 here) and,
    // at test size, an ordered index scan and a bitmap scan sorting one batch cost about the same.
    // Bitmap scans set aside, a plan that could not walk the key in order would still show a Sort.
    const plan = await explain(withValues(VERIFY_BATCH, ['0394', 15_000]), { bitmapScans: false });
    expect(plan, plan).toMatch(/Index Scan using audit_log_chain_idx on audit_log/);
    expect(plan, plan).toMatch(/Index Cond: .*seq >= 15000/);
    expect(plan, plan).not.toMatch(/Seq Scan on audit_log|Sort\b/);
  });

  it("reads one tenant's head as one backward step", async () => {
    const plan = await explain(withValues(ONE_CHAIN_HEAD, ['0394']));
    expect(plan, plan).toMatch(/Index Scan Backward using audit_log_chain_idx on audit_log/);
    expect(plan, plan).not.toMatch(/Seq Scan on audit_log|Sort\b/);
  });

  it("finds every tenant's head by steps through the key, without reading every row", async () => {
    const plan = await explain(sql.raw(ALL_CHAIN_HEADS));
    expect(plan, plan).toMatch(/Index Scan Backward using audit_log_chain_idx on audit_log/);
    expect(plan, plan).not.toMatch(/Seq Scan on audit_log|HashAggregate|Unique/);
    // Planned for real (no lever): the rows it touches are the tenants' heads, not the log.
    const analyzed = planText(
      await t.database.ownerDb.execute(sql`explain (analyze, costs off) ${sql.raw(ALL_CHAIN_HEADS)}`),
    );
    expect(analyzed, analyzed).not.toMatch(/Seq Scan on audit_log/);
  });

  it('answers the same heads as reading the whole log would', async () => {
    const whole = await t.database.ownerQuery<{ tenantId: string; seq: string | number; hash: string }>(
      `select distinct on (tenant_id) tenant_id as "tenantId", seq, hash from audit_log where seq is not null order by tenant_id, seq desc`,
    );
    expect(whole.map((h) => h.tenantId)).toEqual(['0363', '0394', '0518']);
    expect(await chainHeads(t.database)).toEqual(
      whole.map((h) => ({ tenantId: h.tenantId, seq: Number(h.seq), hash: h.hash })),
    );
    expect(await chainHeads(t.database, '0518')).toEqual([{ tenantId: '0518', seq: 200, hash: 'h200' }]);
    expect(await chainHeads(t.database, '9999')).toEqual([]);
  });
});
