import type { FastifyBaseLogger } from 'fastify';
import type PgBoss from 'pg-boss';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_VERIFY_QUEUE, startJobs } from '../src/jobs/jobs.ts';
import { PLACEMENT_EXPIRY_QUEUE } from '../src/placements/reservation-expiry.ts';
import { createTestDatabase, type TestDatabase } from './helpers/test-database.ts';
import { waitFor } from './helpers/wait-for.ts';

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

  it('expires a Plekvrij reservation past its hold through the queue and frees the place', async () => {
    const schedules = await boss.getSchedules();
    expect(schedules.map((s) => [s.name, s.cron])).toContainEqual([PLACEMENT_EXPIRY_QUEUE, '*/5 * * * *']);
    await t.database.ownerQuery(
      `update placement_place set places_reserved = 1 where tenant_id = '0394' and id = 'place-crisis-haarlem'`,
    );
    await t.database.ownerQuery(
      `insert into placement_reservation (tenant_id, id, place_id, household_id, person_id, plan_action_id,
         start_date, end_date, status, reserved_by, reserved_at, expires_at)
       values ('0394', 'res-old', 'place-crisis-haarlem', 'hh-jansen', 'p-tom', 'act-jansen-jeugdhulp',
         current_date, current_date + 30, 'held', 'u-sanne', now() - interval '3 days', now() - interval '1 day')`,
    );
    await boss.send(PLACEMENT_EXPIRY_QUEUE, { reservationId: 'res-old' });
    const expired = await waitFor(async () => {
      const [r] = await t.database.ownerQuery<{ status: string }>(
        `select status from placement_reservation where id = 'res-old'`,
      );
      return r?.status === 'expired' ? r : undefined;
    });
    expect(expired.status).toBe('expired');
    const [place] = await t.database.ownerQuery<{ places_reserved: number }>(
      `select places_reserved from placement_place where id = 'place-crisis-haarlem'`,
    );
    expect(place?.places_reserved).toBe(0);
  });
});
