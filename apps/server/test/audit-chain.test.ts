import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRowHash } from '../src/audit/hash.ts';
import { recordAudit, recordAuditMany } from '../src/audit/record.ts';
import { sealAllAuditRows } from '../src/audit/seal.ts';
import { verifyAuditChain } from '../src/audit/verify.ts';
import type { Database } from '../src/db/database.ts';
import { openDatabase } from '../src/db/open.ts';
import { tamperAuditLog } from './helpers/audit-rows.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

const run = promisify(execFile);

interface AuditRow {
  tenant_id: string;
  seq: string;
  occurred_at: string | Date;
  request_id: string;
  subject_ids: string[] | null;
  details: Record<string, string | number | boolean | null> | null;
  prev_hash: string;
  hash: string;
}

async function appendEvents(database: Database, tenantId: string, n: number) {
  for (let i = 0; i < n; i++) {
    await recordAudit(database.db, {
      tenantId,
      actor: null,
      action: 'household.read',
      outcome: 'success',
      subjectType: 'household',
      subjectId: `hh-${i}`,
      details: { index: i },
    });
  }
}

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.drop());

describe('audit hash chain', () => {
  it('verifies an intact chain per tenant, appended concurrently', async () => {
    await Promise.all([
      appendEvents(t.database, '0394', 10),
      appendEvents(t.database, '0363', 5),
      appendEvents(t.database, '0394', 10),
    ]);
    const result = await verifyAuditChain(t.database);
    expect(result).toEqual({ ok: true, rows: 25 });
    const seqs = await t.database.ownerQuery<{ seq: string }>(
      `select seq from audit_log where tenant_id = '0394' order by seq`,
    );
    expect(seqs.map((r) => Number(r.seq))).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('chains in the database exactly as verify hashes: any script, quotes, lists, two tenants in one batch', async () => {
    const before = await verifyAuditChain(t.database);
    const awkward = ['Zoë "de" \\ Vries', 'Ğül 😀', 'tab\tline\nend', '\u0001', '日本'];
    await recordAuditMany(
      t.database.db,
      awkward.flatMap((text, i) => [
        {
          tenantId: i % 2 ? '0363' : '0394',
          actor: null,
          action: 'household.list',
          outcome: 'success' as const,
          subjectType: 'household',
          subjectIds: [`hh-${text}`, 'hh-b'],
          requestId: text,
          details: { zeta: text, alpha: i, mid: i % 2 === 0, none: null },
        },
        { tenantId: '0394', actor: null, action: 'household.read', outcome: 'denied' as const },
      ]),
    );
    const after = await verifyAuditChain(t.database);
    expect(after).toEqual({ ok: true, rows: (before.ok ? before.rows : 0) + awkward.length * 2 });
    const [row] = await t.database.ownerQuery<AuditRow>(
      `select tenant_id, seq, occurred_at, request_id, subject_ids, details, prev_hash, hash from audit_log
        where tenant_id = '0363' and request_id = $1`,
      [awkward[1]],
    );
    expect(row?.details).toEqual({ zeta: awkward[1], alpha: 1, mid: false, none: null });
    expect(row?.hash).toBe(
      auditRowHash({
        tenantId: '0363',
        seq: Number(row?.seq),
        occurredAt: new Date(row?.occurred_at ?? 0),
        actorUserId: null,
        actorRole: null,
        actorOrganisationId: null,
        onBehalfOf: null,
        subjectType: 'household',
        subjectId: null,
        subjectIds: row?.subject_ids ?? null,
        action: 'household.list',
        dataCategory: null,
        purpose: null,
        outcome: 'success',
        requestId: awkward[1] ?? null,
        clientAddress: null,
        details: row?.details ?? null,
        prevHash: row?.prev_hash ?? '',
      }),
    );
  });

  it('lets concurrent callers share a transaction; a failing caller fails alone', async () => {
    const before = await verifyAuditChain(t.database);
    const calls = Array.from({ length: 30 }, (_, i) =>
      recordAudit(t.database.db, {
        tenantId: '0394',
        actor: null,
        // A NOT NULL column left empty: this caller's insert fails, the others' must not.
        action: (i === 7 ? null : 'group.commit') as string,
        outcome: 'success',
        subjectType: 'household',
        subjectId: `hh-gc-${i}`,
      }),
    );
    const settled = await Promise.allSettled(calls);
    expect(settled.map((r) => r.status)).toEqual(
      Array.from({ length: 30 }, (_, i) => (i === 7 ? 'rejected' : 'fulfilled')),
    );
    const rows = await t.database.ownerQuery<{ subject_id: string; tx: string }>(
      `select subject_id, xmin::text as tx from audit_log where action = 'group.commit'`,
    );
    expect(rows.map((r) => r.subject_id).sort()).toEqual(
      Array.from({ length: 30 }, (_, i) => `hh-gc-${i}`)
        .filter((id) => id !== 'hh-gc-7')
        .sort(),
    );
    expect(await verifyAuditChain(t.database)).toEqual({ ok: true, rows: before.rows + 29 });

    const together = Array.from({ length: 30 }, (_, i) =>
      recordAudit(t.database.db, {
        tenantId: '0394',
        actor: null,
        action: 'group.commit.ok',
        outcome: 'success',
        subjectId: `hh-ok-${i}`,
      }),
    );
    await Promise.all(together);
    const okRows = await t.database.ownerQuery<{ tx: string }>(
      `select xmin::text as tx from audit_log where action = 'group.commit.ok'`,
    );
    expect(okRows).toHaveLength(30);
    // Fewer transactions than callers: the events were committed together.
    expect(new Set(okRows.map((r) => r.tx)).size).toBeLessThan(5);
    expect((await verifyAuditChain(t.database)).ok).toBe(true);
  });

  it('refuses UPDATE, DELETE and TRUNCATE even for the owner (append-only)', async () => {
    await expect(t.database.ownerQuery(`update audit_log set outcome = 'denied'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(t.database.ownerQuery('delete from audit_log')).rejects.toThrow(/append-only/);
    await expect(t.database.ownerQuery('truncate audit_log')).rejects.toThrow(/append-only/);
  });

  it('names the first altered row', async () => {
    await tamperAuditLog(
      t.database,
      `update audit_log set subject_id = 'hh-other' where tenant_id = '0394' and seq = 7`,
    );
    const result = await verifyAuditChain(t.database);
    expect(result).toMatchObject({
      ok: false,
      firstBreak: { tenantId: '0394', seq: 7, problem: 'hash_mismatch' },
    });
  });

  it('names a deleted row', async () => {
    const fresh = await createTestDatabase();
    try {
      await appendEvents(fresh.database, '0394', 6);
      // Chained first: an unsealed row has no seq yet (decision 0047).
      await sealAllAuditRows(fresh.database.db);
      await tamperAuditLog(fresh.database, `delete from audit_log where seq = 4`);
      expect(await verifyAuditChain(fresh.database)).toMatchObject({
        ok: false,
        firstBreak: { seq: 4, problem: 'missing_row' },
      });
    } finally {
      await fresh.drop();
    }
  });

  it.runIf(process.env.DATABASE_URL)(
    'lets the application role only SELECT and INSERT the audit table (PostgreSQL)',
    async () => {
      const grants = await t.database.ownerQuery<{ privilege_type: string }>(
        `select privilege_type from information_schema.role_table_grants
        where grantee = 'eenplan_app' and table_name = 'audit_log' order by 1`,
      );
      expect(grants.map((g) => g.privilege_type)).toEqual(['INSERT', 'SELECT']);
      // The app's own connection pool runs as that role: a direct UPDATE is refused by privileges.
      const error = await t.database.db
        .execute(sql`update audit_log set outcome = 'x'`)
        .catch((e: Error) => e);
      expect((error as Error & { cause?: Error }).cause?.message).toMatch(
        /permission denied for table audit_log/,
      );
    },
  );
});

describe('npm run audit:verify', () => {
  const cli = join(import.meta.dirname, '../src/audit/verify-cli.ts');
  const tsx = join(import.meta.dirname, '../../../node_modules/.bin/tsx');

  it('exits 0 on an intact chain and non-zero naming the first bad row', async () => {
    let env: Record<string, string>;
    let database: Database;
    let cleanup: () => Promise<void>;
    if (process.env.DATABASE_URL) {
      const own = await createTestDatabase();
      database = own.database;
      env = { DATABASE_URL: own.url! };
      cleanup = () => own.drop();
    } else {
      const dir = mkdtempSync(join(tmpdir(), 'eenplan-audit-'));
      database = await openDatabase({ dataDir: dir, databaseUrl: undefined });
      env = { DATA_DIR: dir };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
    try {
      await appendEvents(database, '0394', 4);
      // PGlite holds its data directory exclusively: release it while the CLI runs.
      if (database.kind === 'pglite') await database.close();
      const ok = await run(tsx, [cli], { env: { ...process.env, ...env } });
      expect(ok.stdout).toContain('audit chain intact: 4 rows verified');

      if (database.kind === 'pglite')
        database = await openDatabase({ dataDir: env.DATA_DIR!, databaseUrl: undefined });
      await tamperAuditLog(database, `update audit_log set action = 'nothing.happened' where seq = 2`);
      if (database.kind === 'pglite') await database.close();
      const broken = await run(tsx, [cli], { env: { ...process.env, ...env } }).catch(
        (e: { code: number; stderr: string }) => e,
      );
      expect('code' in broken && broken.code).toBe(1);
      expect((broken as { stderr: string }).stderr).toContain('tenant 0394 row seq=2 (hash_mismatch)');
    } finally {
      await cleanup();
    }
  });
});
