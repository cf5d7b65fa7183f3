/**
 * Decision 0047: audit rows are inserted without a tenant-wide lock and chained afterwards by one
 * sequencer per tenant (audit_seal). On PGlite (one connection) and, with DATABASE_URL, on
 * PostgreSQL with several connection pools, like several server processes.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuditEvent, recordAudit } from '../src/audit/record.ts';
import { sealAllAuditRows, startAuditSealer } from '../src/audit/seal.ts';
import { verifyAuditChain } from '../src/audit/verify.ts';
import { type Database, openPostgres } from '../src/db/database.ts';
import { tamperAuditLog } from './helpers/audit-rows.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

const event = (tenantId: string, action: string, i = 0): AuditEvent => ({
  tenantId,
  actor: null,
  action,
  outcome: 'success',
  subjectType: 'household',
  subjectId: `hh-${i}`,
  details: { i },
});

async function unsealed(database: Database, where = 'true'): Promise<number> {
  const [row] = await database.ownerQuery<{ n: number }>(
    `select count(*)::int as n from audit_log where seq is null and ${where}`,
  );
  return row?.n ?? 0;
}

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.drop());

describe('audit rows sealed by a sequencer', () => {
  it('inserts unsealed rows, which one seal chains in insertion order', async () => {
    await sealAllAuditRows(t.database.db);
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => recordAudit(t.database.db, event('0394', 'seal.order', i))),
    );
    expect(await unsealed(t.database, `action = 'seal.order'`)).toBe(12);
    await sealAllAuditRows(t.database.db);
    const rows = await t.database.ownerQuery<{ id: string; seq: string; head: string | null }>(
      `select id, seq, head from audit_log where action = 'seal.order' order by seq`,
    );
    expect(rows.map((r) => Number(r.id))).toEqual(rows.map((r) => Number(r.id)).sort((a, b) => a - b));
    // Consecutive places, and the canonical text is dropped once the hash covers it.
    const seqs = rows.map((r) => Number(r.seq));
    expect(seqs).toEqual(Array.from({ length: 12 }, (_, i) => (seqs[0] ?? 0) + i));
    expect(rows.every((r) => r.head === null)).toBe(true);
    expect(await verifyAuditChain(t.database)).toMatchObject({ ok: true });
  });

  it('holds no lock while a transaction that appended is open, and a rollback leaves no row', async () => {
    await t.database.db
      .transaction(async (tx) => {
        await recordAudit(tx, event('0394', 'seal.rolled_back'));
        const locks = await tx.execute(
          sql`select count(*)::int as n from pg_locks where locktype = 'advisory' and pid = pg_backend_pid()`,
        );
        expect((locks as unknown as { rows: Array<{ n: number }> }).rows[0]?.n).toBe(0);
        tx.rollback();
      })
      .catch((error: Error) => {
        if (!/rollback/i.test(error.message)) throw error;
      });
    await sealAllAuditRows(t.database.db);
    const rows = await t.database.ownerQuery(`select 1 from audit_log where action = 'seal.rolled_back'`);
    expect(rows).toEqual([]);
    expect(await verifyAuditChain(t.database)).toMatchObject({ ok: true });
  });

  it('seals within the bound: rows of a transaction (no nudge) by the timer, others after a nudge', async () => {
    const sealer = startAuditSealer(t.database.db, { delayMs: 50, intervalMs: 250 });
    try {
      const started = Date.now();
      await t.database.db.transaction(async (tx) => {
        await recordAudit(tx, event('0394', 'seal.bound.tx'));
      });
      await recordAudit(t.database.db, event('0363', 'seal.bound.read'));
      while ((await unsealed(t.database, `action like 'seal.bound.%'`)) > 0) {
        await new Promise((r) => setTimeout(r, 20));
      }
      // 250 ms and one seal; generous for a loaded test machine.
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      await sealer.stop();
    }
    expect(await verifyAuditChain(t.database)).toMatchObject({ ok: true });
  });

  it('lets the sequencer fill in a place only: content, sealed rows and deletes stay refused', async () => {
    await recordAudit(t.database.db, event('0394', 'seal.guarded'));
    await expect(
      t.database.ownerQuery(
        `update audit_log set seq = 1000000, prev_hash = 'x', hash = 'y', head = null, tail = null,
                action = 'seal.forged' where action = 'seal.guarded'`,
      ),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.database.ownerQuery(`update audit_log set head = 'x' where action = 'seal.guarded'`),
    ).rejects.toThrow(/append-only/);
    await sealAllAuditRows(t.database.db);
    await expect(
      t.database.ownerQuery(`update audit_log set seq = seq + 1000000 where action = 'seal.guarded'`),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.database.ownerQuery(`delete from audit_log where action = 'seal.guarded'`),
    ).rejects.toThrow(/append-only/);
  });

  it('refuses a sealing update that also changes any other column, whichever column it is', async () => {
    // The trigger's WHEN condition names the columns a seal must leave alone: a column added to the
    // table later and forgotten there would be writable while sealing. This walks the real table.
    const sealColumns = new Set(['seq', 'prev_hash', 'hash', 'head', 'tail']);
    const columns = await t.database.ownerQuery<{ name: string; type: string; identity: string }>(
      `select column_name as name, data_type as type, is_identity as identity from information_schema.columns
        where table_schema = current_schema() and table_name = 'audit_log' order by ordinal_position`,
    );
    const changed = (name: string, type: string, identity: string): string => {
      // An identity column can be updated only to its next value.
      if (identity === 'YES') return 'default';
      if (type === 'bigint') return `${name} + 1000000`;
      if (type.startsWith('timestamp')) return `${name} + interval '1 second'`;
      if (type === 'jsonb') return `coalesce(${name}, '{}'::jsonb) || '{"forged": true}'::jsonb`;
      if (type === 'ARRAY') return `coalesce(${name}, '{}'::text[]) || 'forged'::text`;
      return `coalesce(${name}, '') || 'forged'`;
    };
    const content = columns.filter((c) => !sealColumns.has(c.name));
    expect(content.map((c) => c.name)).toEqual(expect.arrayContaining(['tenant_id', 'id', 'details']));
    await recordAudit(t.database.db, event('0394', 'seal.column'));
    for (const c of content) {
      await expect(
        t.database.ownerQuery(
          `update audit_log set seq = 2000000, prev_hash = 'x', hash = 'y', head = null, tail = null,
                  ${c.name} = ${changed(c.name, c.type, c.identity)} where action = 'seal.column' and seq is null`,
        ),
        c.name,
      ).rejects.toThrow(/append-only/);
    }
    // The same update without the extra change is the sequencer's own, and is allowed.
    await sealAllAuditRows(t.database.db);
    expect(await unsealed(t.database, `action = 'seal.column'`)).toBe(0);
    expect(await verifyAuditChain(t.database)).toMatchObject({ ok: true });
  });

  it('finds the tenants with unsealed rows one after another: one tenant when asked, at most max_rows', async () => {
    // Decision 0055: the tenants are found through audit_log_unsealed_idx, whatever the statistics say.
    await sealAllAuditRows(t.database.db);
    for (const tenant of ['0363', '0394', '0363', '0394'])
      await recordAudit(t.database.db, event(tenant, 'seal.walk'));
    const seal = async (tenant: string | null, maxRows: number) =>
      (
        await t.database.ownerQuery<{ n: number }>('select audit_seal($1::text, $2::int, false) as n', [
          tenant,
          maxRows,
        ])
      )[0]?.n;
    expect(await seal('0394', 1000)).toBe(2);
    expect(await unsealed(t.database, `action = 'seal.walk' and tenant_id = '0363'`)).toBe(2);
    expect(await seal(null, 1)).toBe(1);
    expect(await seal(null, 1000)).toBe(1);
    expect(await seal(null, 1000)).toBe(0);
    expect(await verifyAuditChain(t.database)).toMatchObject({ ok: true });
  });

  it('detects an unsealed row whose content was changed before the seal', async () => {
    const fresh = await createTestDatabase();
    try {
      await recordAudit(fresh.database.db, event('0394', 'seal.before'));
      await recordAudit(fresh.database.db, event('0394', 'seal.changed'));
      await tamperAuditLog(
        fresh.database,
        `update audit_log set subject_id = 'hh-other' where action = 'seal.changed'`,
      );
      const [row] = await fresh.database.ownerQuery<{ seq: null }>(
        `select seq from audit_log where action = 'seal.changed'`,
      );
      expect(row?.seq).toBeNull();
      // The seal hashes the canonical text stored at insert, so the changed column no longer matches.
      const result = await verifyAuditChain(fresh.database);
      expect(result).toMatchObject({ ok: false, firstBreak: { tenantId: '0394', problem: 'hash_mismatch' } });
    } finally {
      await fresh.drop();
    }
  });
});

describe.runIf(process.env.DATABASE_URL)('several processes on PostgreSQL', () => {
  let pools: Database[] = [];
  beforeAll(async () => {
    pools = await Promise.all(Array.from({ length: 4 }, () => openPostgres(t.url as string)));
  });
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
  });

  it('lets two transactions of one tenant each append and stay open at once', async () => {
    const [a, b] = pools as [Database, Database];
    await a.db.transaction(async (txA) => {
      await recordAudit(txA, event('0394', 'seal.two.a'));
      // Before decision 0047 this waited on the tenant's lock, which txA holds until its COMMIT.
      await b.db.transaction(async (txB) => {
        await txB.execute(sql`set local lock_timeout = '2s'`);
        await recordAudit(txB, event('0394', 'seal.two.b'));
      });
    });
    expect(await unsealed(t.database, `action like 'seal.two.%'`)).toBe(2);
  });

  it('skips a tenant another process is sealing and seals the tenants after it', async () => {
    const [a, b] = pools as [Database, Database];
    await sealAllAuditRows(t.database.db);
    await recordAudit(a.db, event('0363', 'seal.skip'));
    await recordAudit(a.db, event('0394', 'seal.skip'));
    await a.db.transaction(async (txA) => {
      // As a sealer of another process holds it (the key audit_seal takes).
      await txA.execute(sql`select pg_advisory_xact_lock(hashtextextended('audit:0363', 0))`);
      const sealed = await b.ownerQuery<{ n: number }>('select audit_seal(null, 1000, false) as n');
      expect(sealed[0]?.n).toBe(1);
    });
    expect(await unsealed(t.database, `action = 'seal.skip' and tenant_id = '0363'`)).toBe(1);
    expect(await unsealed(t.database, `action = 'seal.skip' and tenant_id = '0394'`)).toBe(0);
    await sealAllAuditRows(t.database.db);
    expect(await verifyAuditChain(t.database)).toMatchObject({ ok: true });
  });

  it('chains concurrent appenders of several pools, each sealing too, into one unforked chain', async () => {
    const sealers = pools.map((p) => startAuditSealer(p.db, { delayMs: 5, intervalMs: 20 }));
    try {
      await Promise.all(
        pools.flatMap((p, n) =>
          Array.from({ length: 40 }, async (_, i) => {
            const e = event(i % 3 === 0 ? '0363' : '0394', 'seal.concurrent', n * 100 + i);
            if (i % 2 === 0) return recordAudit(p.db, e);
            // Half inside transactions, as a write's audit is.
            return p.db.transaction(async (tx) => {
              await recordAudit(tx, e);
            });
          }),
        ),
      );
      while ((await unsealed(t.database)) > 0) await new Promise((r) => setTimeout(r, 20));
    } finally {
      await Promise.all(sealers.map((s) => s.stop()));
    }
    const rows = await t.database.ownerQuery<{ n: number; tenants: number }>(
      `select count(*)::int as n, count(distinct (tenant_id, seq))::int as places from audit_log
        where action = 'seal.concurrent'`,
    );
    expect(rows[0]).toMatchObject({ n: 160, places: 160 });
    const result = await verifyAuditChain(t.database);
    expect(result.ok).toBe(true);
    const [gaps] = await t.database.ownerQuery<{ n: number }>(
      `select count(*)::int as n from (
         select seq - lag(seq) over (partition by tenant_id order by seq) as step from audit_log
       ) s where step <> 1`,
    );
    expect(gaps?.n).toBe(0);
  });
});
