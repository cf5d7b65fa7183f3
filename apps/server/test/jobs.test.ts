import type { FastifyBaseLogger } from 'fastify';
import type PgBoss from 'pg-boss';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_VERIFY_QUEUE, startJobs } from '../src/jobs/jobs.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';

let t: TestDatabase;
let boss: PgBoss;
beforeAll(async () => {
  t = await createTestDatabase({ demoData: true });
  boss = await startJobs(t.database, pino({ level: 'silent' }) as FastifyBaseLogger);
});
afterAll(async () => {
  await boss?.stop({ graceful: false, wait: true });
  await t?.drop();
});

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('pg-boss on the application database', () => {
  it('schedules the nightly audit-chain verification', async () => {
    const schedules = await boss.getSchedules();
    expect(schedules.map((s) => [s.name, s.cron])).toContainEqual([AUDIT_VERIFY_QUEUE, '30 2 * * *']);
  });

  it('runs the verification job and records its outcome in the audit log', async () => {
    const jobId = await boss.send(AUDIT_VERIFY_QUEUE, {});
    expect(jobId).toBeTruthy();
    const row = await waitFor(async () => {
      const rows = await t.database.ownerQuery<{ outcome: string; details: { rows: number } }>(
        `select outcome, details from audit_log where action = 'audit.chain_verified' and tenant_id = '0394'`,
      );
      return rows[0];
    });
    expect(row.outcome).toBe('success');
    const job = await waitFor(async () => {
      const j = await boss.getJobById(AUDIT_VERIFY_QUEUE, jobId!);
      return j?.state === 'completed' ? j : undefined;
    });
    expect(job.state).toBe('completed');
  });
});
