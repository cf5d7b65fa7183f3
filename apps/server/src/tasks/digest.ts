/**
 * The daily e-mail digest: one message per user with new notifications since the last digest,
 * saying only how many new tasks there are and where the app is. Never a name, BSN or dossier text.
 */

import { and, eq, isNull, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import nodemailer from 'nodemailer';
import { userEmails } from '../auth/users.ts';
import type { Db } from '../db/database.ts';
import { notification, notificationSetting } from './schema.ts';

export interface DigestOptions {
  smtpUrl: string | undefined;
  from: string;
  publicUrl: string;
}

interface DigestResult {
  sent: number;
  skipped: 'no_smtp' | null;
}

/** The message text: a count and a link, in Dutch first and English second. */
function digestText(count: number, link: string): { subject: string; text: string } {
  const nl = count === 1 ? 'U hebt 1 nieuwe taak' : `U hebt ${count} nieuwe taken`;
  const en = count === 1 ? 'You have 1 new task' : `You have ${count} new tasks`;
  return {
    subject: `Eén Plan: ${nl}`,
    text: `${nl}.\nBekijk ze in Eén Plan: ${link}\n\n${en}.\nSee them in Eén Plan: ${link}\n\nU krijgt deze e-mail één keer per dag. Uitzetten kan in Eén Plan bij Instellingen.\nYou get this e-mail once a day; you can turn it off in Eén Plan under Settings.\n`,
  };
}

export async function sendDailyDigest(
  db: Db,
  opts: DigestOptions,
  log: Pick<FastifyBaseLogger, 'info' | 'warn'>,
): Promise<DigestResult> {
  if (!opts.smtpUrl) {
    log.info('SMTP_URL is not set: the daily task e-mail is skipped');
    return { sent: 0, skipped: 'no_smtp' };
  }
  // Users with notifications not yet in a digest, minus those who turned the e-mail off.
  const pending = await db
    .select({
      tenantId: notification.tenantId,
      userId: notification.userId,
      count: sql<number>`sum(${notification.count})`,
    })
    .from(notification)
    .leftJoin(
      notificationSetting,
      and(
        eq(notificationSetting.tenantId, notification.tenantId),
        eq(notificationSetting.userId, notification.userId),
      ),
    )
    .where(and(isNull(notification.emailedAt), sql`coalesce(${notificationSetting.emailDigest}, true)`))
    .groupBy(notification.tenantId, notification.userId);
  if (pending.length === 0) return { sent: 0, skipped: null };
  const transport = nodemailer.createTransport(opts.smtpUrl);
  const link = `${opts.publicUrl.replace(/\/$/, '')}/taken`;
  let sent = 0;
  try {
    const byTenant = new Map<string, typeof pending>();
    for (const p of pending) byTenant.set(p.tenantId, [...(byTenant.get(p.tenantId) ?? []), p]);
    for (const [tenantId, rows] of byTenant) {
      const emails = new Map(
        (
          await userEmails(
            db,
            tenantId,
            rows.map((r) => r.userId),
          )
        ).map((u) => [u.id, u.email]),
      );
      for (const r of rows) {
        const to = emails.get(r.userId);
        const now = new Date();
        if (to) {
          const { subject, text } = digestText(Number(r.count), link);
          try {
            await transport.sendMail({ from: opts.from, to, subject, text });
            sent++;
          } catch (error) {
            // Only the code: the address is personal data and stays out of the log.
            log.warn(
              { err: { code: (error as { code?: string }).code ?? 'unknown' } },
              'task digest not sent',
            );
            continue;
          }
        }
        await db
          .update(notification)
          .set({ emailedAt: now })
          .where(
            and(
              eq(notification.tenantId, tenantId),
              eq(notification.userId, r.userId),
              isNull(notification.emailedAt),
            ),
          );
      }
    }
  } finally {
    transport.close();
  }
  log.info({ sent }, 'daily task e-mail sent');
  return { sent, skipped: null };
}
