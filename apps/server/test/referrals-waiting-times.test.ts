/**
 * The waiting times of a signal (received → first contact, in working days, against the norm) and
 * the pg-boss job that reminds the team of signals about to pass it.
 */
import type { FastifyBaseLogger } from 'fastify';
import type PgBoss from 'pg-boss';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJobs } from '../src/jobs/jobs.ts';
import { REFERRAL_REMINDER_QUEUE } from '../src/referrals/jobs.ts';
import { referralFile } from './helpers/referral-file.ts';
import { aSignal } from './helpers/signal-builder.ts';
import { waitFor } from './helpers/wait-for.ts';

const { app, as, file, detail, triage } = referralFile();

describe('waiting times', () => {
  it('measures received → first contact in working days and shows it to the team lead', async () => {
    const id = (await file('u-marloes', aSignal({}, { firstName: 'Wacht' }))).json().id;
    const notYet = await (await as('u-sanne')).request({
      method: 'POST',
      url: `/api/referrals/${id}/first-contact`,
      payload: { version: 1 },
    });
    expect(notYet.json().code).toBe('referral_not_triaged');
    await triage(id, { level: 2, coordinatorId: 'u-sanne' });
    // Received on Friday 13 November 2026, 10:00 in Amsterdam.
    await app().database.ownerQuery(
      `update referral set received_at = '2026-11-13T09:00:00Z' where id = $1`,
      [id],
    );
    const { version } = (await detail(id, 'u-sanne')).json();
    const early = await (await as('u-sanne')).request({
      method: 'POST',
      url: `/api/referrals/${id}/first-contact`,
      payload: { version, at: '2026-11-12T10:00:00+01:00' },
    });
    expect(early.json().code).toBe('referral_first_contact_out_of_range');
    const contact = await (await as('u-sanne')).request({
      method: 'POST',
      url: `/api/referrals/${id}/first-contact`,
      payload: { version, at: '2026-11-20T11:00:00+01:00' },
    });
    expect(contact.statusCode).toBe(200);
    expect(contact.json().waitingTimes).toMatchObject({
      workingDaysToFirstContact: 5,
      firstContactNormDays: 5,
      firstContactDueDate: '2026-11-20',
      firstContactOverdue: false,
      planAgreedAt: null,
    });
    const overview = await (await as('u-ahmed')).request({ url: '/api/referrals/waiting-times' });
    expect(overview.statusCode).toBe(200);
    const row = overview.json().items.find((i: { id: string }) => i.id === id);
    expect(row.waitingTimes.workingDaysToFirstContact).toBe(5);
    expect(overview.json().averageWorkingDaysToFirstContact).not.toBeNull();
  });

  it('marks a signal overdue when the norm has passed without contact', async () => {
    const id = (await file('u-marloes', aSignal({}, { firstName: 'Laat' }))).json().id;
    await app().database.ownerQuery(
      `update referral set received_at = now() - interval '30 days' where id = $1`,
      [id],
    );
    const queue = await (await as('u-ahmed')).request({ url: '/api/referrals/queue?filter=new' });
    const item = queue.json().items.find((i: { id: string }) => i.id === id);
    expect(item.firstContactOverdue).toBe(true);
    expect(item.workingDaysWaiting).toBeGreaterThanOrEqual(19);
  });
});

describe('reminders through pg-boss', () => {
  let boss: PgBoss;
  beforeAll(async () => {
    boss = await startJobs(app().database, pino({ level: 'silent' }) as FastifyBaseLogger);
  });
  afterAll(() => boss?.stop({ graceful: false, wait: true }));

  it('reminds the team of signals about to exceed the norm, once', async () => {
    const old = (await file('u-marloes', aSignal({}, { firstName: 'Herinner' }))).json().id;
    await app().database.ownerQuery(
      `update referral set received_at = now() - interval '10 days' where id = $1`,
      [old],
    );
    const urgent = (
      await file('u-marloes', aSignal({ urgency: 'urgent' }, { firstName: 'Spoedherinner' }))
    ).json().id;
    const fresh = (await file('u-marloes', aSignal({}, { firstName: 'Vers' }))).json().id;
    const contacted = (await file('u-marloes', aSignal({}, { firstName: 'Gesproken' }))).json().id;
    await app().database.ownerQuery(
      `update referral set received_at = now() - interval '10 days', first_contact_at = now() where id = $1`,
      [contacted],
    );

    const jobId = await boss.send(REFERRAL_REMINDER_QUEUE, {});
    expect(jobId).toBeTruthy();
    await waitFor(async () => {
      const job = await boss.getJobById(REFERRAL_REMINDER_QUEUE, jobId!);
      return job?.state === 'completed' ? job : undefined;
    });
    const reminders = await app().database.ownerQuery<{ referral_id: string; team_id: string }>(
      'select referral_id, team_id from referral_reminder',
    );
    const ids = reminders.map((r) => r.referral_id);
    expect(ids).toContain(old);
    expect(ids).toContain(urgent);
    expect(ids).not.toContain(fresh);
    expect(ids).not.toContain(contacted);
    expect(reminders.find((r) => r.referral_id === old)!.team_id).toBe('team-nieuw-vennep');

    const second = await boss.send(REFERRAL_REMINDER_QUEUE, {});
    await waitFor(async () => {
      const job = await boss.getJobById(REFERRAL_REMINDER_QUEUE, second!);
      return job?.state === 'completed' ? job : undefined;
    });
    const after = await app().database.ownerQuery<{ n: number }>(
      'select count(*)::int as n from referral_reminder where referral_id = $1',
      [old],
    );
    expect(after[0]!.n).toBe(1);
    const overview = await (await as('u-ahmed')).request({ url: '/api/referrals/waiting-times' });
    expect(overview.json().items.find((i: { id: string }) => i.id === old).reminderSentAt).not.toBeNull();
  });
});
