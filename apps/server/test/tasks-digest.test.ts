/**
 * The daily task e-mail over a real SMTP server (smtp-server, started here): it arrives with the
 * count and the link, carries no personal data of the demo story, and skips users who opted out.
 */
import type { AddressInfo } from 'node:net';
import type { FastifyBaseLogger } from 'fastify';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoHouseholds, demoUsers } from '../src/demo/demo-data.ts';
import { sendDailyDigest } from '../src/tasks/digest.ts';
import { reconcileTasks } from '../src/tasks/reconcile.ts';
import { recordTomsPlanConsent } from './helpers/consent-builder.ts';
import { dutchDay } from './helpers/dutch-day.ts';
import { loggedInAs } from './helpers/logged-in.ts';
import { createTestApp, type TestApp } from './helpers/test-app.ts';

type Mail = { from: string; to: string[]; raw: string };
const inbox: Mail[] = [];
let smtp: SMTPServer;
let smtpUrl = '';
let t: TestApp;
const log = pino({ level: 'silent' }) as FastifyBaseLogger;
const PUBLIC_URL = 'https://eenplan.test.example';

const as = loggedInAs(() => t);

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        inbox.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

/** The message as a person reads it (nodemailer sends UTF-8 text as quoted-printable). */
function decoded(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/((?:=[0-9A-F]{2})+)/g, (m) => Buffer.from(m.replaceAll('=', ''), 'hex').toString('utf8'));
}

describe('the daily e-mail digest', () => {
  it('without SMTP_URL it is skipped with one clear log line', async () => {
    const lines: string[] = [];
    const result = await sendDailyDigest(
      t.database.db,
      { smtpUrl: undefined, from: 'x@example.org', publicUrl: PUBLIC_URL },
      { info: (msg: unknown) => lines.push(String(msg)), warn: () => undefined } as never,
    );
    expect(result).toEqual({ sent: 0, skipped: 'no_smtp' });
    expect(lines).toEqual(['SMTP_URL is not set: the daily task e-mail is skipped']);
  });

  it('arrives with the count and a link, without personal data; opted-out users get nothing', async () => {
    // Mohamed (the demo's evaluation-due task) turns the e-mail off; Sanne gets a new task.
    const mohamed = await as('u-mohamed');
    const off = await mohamed.request({
      method: 'PUT',
      url: '/api/me/notification-settings',
      payload: { emailDigest: false },
    });
    expect(off.statusCode).toBe(200);
    expect((await mohamed.request({ url: '/api/me/notification-settings' })).json()).toEqual({
      emailDigest: false,
    });
    expect((await (await as('u-sanne')).request({ url: '/api/me/notification-settings' })).json()).toEqual({
      emailDigest: true,
    });
    const inTen = dutchDay(10);
    const created = await recordTomsPlanConsent(await as('u-sanne'), inTen, 'Gesprekken met Tom over school');
    expect(created.statusCode).toBe(201);
    await reconcileTasks(t.database.db, '0394');
    const [pending] = await t.database.ownerQuery<{ n: number }>(
      "select coalesce(sum(count), 0)::int as n from notification where user_id = 'u-sanne' and emailed_at is null",
    );
    expect(pending!.n).toBeGreaterThanOrEqual(1);

    const result = await sendDailyDigest(
      t.database.db,
      { smtpUrl, from: 'Een Plan <no-reply@eenplan.test.example>', publicUrl: PUBLIC_URL },
      log,
    );
    expect(result.sent).toBeGreaterThanOrEqual(1);
    const toSanne = inbox.filter((m) => m.to.includes('sanne@sociaalteam.example'));
    expect(toSanne).toHaveLength(1);
    const text = decoded(toSanne[0]!.raw);
    const n = pending!.n;
    expect(text).toContain(n === 1 ? 'U hebt 1 nieuwe taak' : `U hebt ${n} nieuwe taken`);
    expect(text).toContain(`${PUBLIC_URL}/taken`);
    // No names, BSNs, addresses or dossier text of the demo story.
    const forbidden = [
      ...demoUsers.map((u) => u.displayName),
      ...demoHouseholds.flatMap((h) => [
        h.name,
        h.street,
        ...h.members.flatMap((m) => [m.firstName, m.lastName]),
      ]),
      'Gesprekken met Tom',
    ];
    for (const word of forbidden) expect(text).not.toContain(word);
    const bsns = await t.database.ownerQuery<{ bsn: string }>('select bsn from person');
    for (const { bsn } of bsns) expect(text).not.toContain(bsn);
    // Opted out: nothing for Mohamed, though he has notifications.
    const [his] = await t.database.ownerQuery<{ n: number }>(
      "select count(*)::int as n from notification where user_id = 'u-mohamed'",
    );
    expect(his!.n).toBeGreaterThan(0);
    expect(inbox.some((m) => m.to.includes('mohamed@sociaalteam.example'))).toBe(false);

    // Sent once: the next day's run has nothing new for her.
    const before = inbox.length;
    await sendDailyDigest(
      t.database.db,
      { smtpUrl, from: 'no-reply@eenplan.test.example', publicUrl: PUBLIC_URL },
      log,
    );
    expect(inbox.filter((m) => m.to.includes('sanne@sociaalteam.example'))).toHaveLength(1);
    expect(inbox.length - before).toBe(0);
  });
});
