import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkpointFile, writeAuditCheckpoints } from '../src/audit/checkpoint.ts';
import { AUDIT_CHECKPOINT_QUEUE } from '../src/audit/checkpoint-job.ts';
import { verifyAuditCheckpoints } from '../src/audit/checkpoint-verify.ts';
import { recordAudit } from '../src/audit/record.ts';
import { verifyAuditChain } from '../src/audit/verify.ts';
import type { Database } from '../src/db/database.ts';
import { startJobs } from '../src/jobs/jobs.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

const key = randomBytes(32).toString('base64');
let t: TestDatabase;
let dir: string;
beforeAll(async () => {
  t = await createTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'audit-checkpoints-'));
}, 300_000);
afterAll(async () => {
  await t.drop();
  rmSync(dir, { recursive: true, force: true });
});

async function append(database: Database, tenantId: string, n: number) {
  for (let i = 0; i < n; i++) {
    await recordAudit(database.db, { tenantId, actor: null, action: 'household.read', outcome: 'success' });
  }
}

/** What an administrator with owner rights does to make the newest events disappear. */
async function asOwner(database: Database, statement: string) {
  await database.ownerQuery(
    `alter table ${statement.includes('audit_checkpoint') ? 'audit_checkpoint' : 'audit_log'} disable trigger user`,
  );
  await database.ownerQuery(statement);
  await database.ownerQuery(
    `alter table ${statement.includes('audit_checkpoint') ? 'audit_checkpoint' : 'audit_log'} enable trigger user`,
  );
}

describe('audit checkpoints anchor the end of the chain', () => {
  it('signs each tenant head; a grown chain still meets its checkpoints', async () => {
    await append(t.database, '0394', 6);
    await append(t.database, '0363', 2);
    const written = await writeAuditCheckpoints(t.database, { key, dir });
    expect(written.map((c) => [c.tenantId, c.seq])).toEqual([
      ['0363', 2],
      ['0394', 6],
    ]);
    expect(readFileSync(checkpointFile(dir, '0394'), 'utf8').trim().split('\n')).toHaveLength(1);
    await append(t.database, '0394', 2);
    expect(await verifyAuditCheckpoints(t.database, { key, dir })).toEqual({
      ok: true,
      checkpoints: 2,
      problems: [],
    });
  });

  it('keeps checkpoints insert-only: even the owner must disable a trigger to delete one', async () => {
    await expect(
      t.database.ownerQuery(`delete from audit_checkpoint where tenant_id = '0394'`),
    ).rejects.toThrow(/append-only/);
  });

  it('reports the deleted newest rows that the chain alone calls intact', async () => {
    await writeAuditCheckpoints(t.database, { key, dir }, { tenantId: '0394' });
    await asOwner(t.database, `delete from audit_log where tenant_id = '0394' and seq > 5`);
    // The chain itself cannot tell: its remaining rows are consistent.
    expect((await verifyAuditChain(t.database)).ok).toBe(true);
    const result = await verifyAuditCheckpoints(t.database, { key, dir });
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual({
      tenantId: '0394',
      seq: 8,
      problem: 'rows_missing_after_checkpoint',
      chainHead: 5,
      missing: 3,
    });
    expect(result.problems).toContainEqual(expect.objectContaining({ tenantId: '0394', seq: 6 }));
  });

  it('reports a rewritten tail, a forged checkpoint and checkpoints deleted from the database', async () => {
    // Refill the tail with fresh rows so the head reaches the checkpoint's seq again, with other hashes.
    await append(t.database, '0394', 3);
    const rewritten = await verifyAuditCheckpoints(t.database, { key, dir });
    expect(rewritten.problems).toContainEqual({ tenantId: '0394', seq: 8, problem: 'head_hash_mismatch' });

    await t.database.ownerQuery(
      `insert into audit_checkpoint (tenant_id, seq, head_hash, signed_at, key_id, signature)
       select tenant_id, 1, hash, now(), $1, $2 from audit_log where tenant_id = '0363' and seq = 1`,
      ['0123456789abcdef', 'ab'.repeat(32)],
    );
    const forged = await verifyAuditCheckpoints(t.database, { key, dir });
    expect(forged.problems).toContainEqual(
      expect.objectContaining({ tenantId: '0363', seq: 1, problem: 'signature_invalid' }),
    );
    // Signed with our key id but not with our key: still forged.
    const otherKey = randomBytes(32).toString('base64');
    expect(
      (await verifyAuditCheckpoints(t.database, { key: otherKey })).problems.filter(
        (p) => p.problem === 'signature_invalid',
      ),
    ).toHaveLength(4);

    await asOwner(t.database, `delete from audit_checkpoint where tenant_id = '0363'`);
    const erased = await verifyAuditCheckpoints(t.database, { key, dir });
    expect(erased.problems).toContainEqual({
      tenantId: '0363',
      seq: 2,
      problem: 'checkpoint_missing_from_database',
    });
  });

  it('is written by a pg-boss job, scheduled hourly', async () => {
    await append(t.database, '0363', 1);
    const boss = await startJobs(t.database, pino({ level: 'silent' }) as FastifyBaseLogger, {
      auditCheckpoint: { key },
    });
    try {
      const schedules = await boss.getSchedules();
      expect(schedules.map((s) => [s.name, s.cron])).toContainEqual([AUDIT_CHECKPOINT_QUEUE, '7 * * * *']);
      await boss.send(AUDIT_CHECKPOINT_QUEUE, {});
      const deadline = Date.now() + 120_000;
      let rows: Array<{ seq: string }> = [];
      while (rows.length === 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 200));
        rows = await t.database.ownerQuery(
          `select seq from audit_checkpoint where tenant_id = '0363' and seq = 3`,
        );
      }
      expect(rows).toHaveLength(1);
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  }, 120_000);
});
