import { and, asc, eq, isNull, lte, or } from 'drizzle-orm';
import type PgBoss from 'pg-boss';
import type { Db } from '../db/database.ts';
import { storeDeliveryRetour } from './delivery-retour.ts';
import { ijwMessage } from './schema.ts';

const IJW_OUTBOX_QUEUE = 'ijw-outbox-delivery';
const MAX_ATTEMPTS = 10;
const BATCH = 100;

let deliveryUrl: string | undefined;

/**
 * Where outgoing iJw messages are delivered (e.g. a regional hub adapter). Without one, the
 * provider reads the message in this product: it is stored as `delivered_locally`.
 */
export function configureIjwDelivery(url: string | undefined): void {
  deliveryUrl = url || undefined;
}

/** The status a new outgoing message starts with. */
export function outboxStatus(): 'pending' | 'delivered_locally' {
  return deliveryUrl ? 'pending' : 'delivered_locally';
}

/** Retry delay after `attempts` failures: 1, 2, 4, … minutes, at most 6 hours. */
export function backoffMs(attempts: number): number {
  return Math.min(2 ** Math.max(0, attempts - 1), 360) * 60_000;
}

/** Registers the delivery queue: every minute, and only when a delivery URL is configured. */
export async function registerIjwOutboxJobs(boss: PgBoss, db: Db, url: string | undefined): Promise<void> {
  configureIjwDelivery(url);
  if (!url) return;
  await boss.createQueue(IJW_OUTBOX_QUEUE);
  await boss.schedule(IJW_OUTBOX_QUEUE, '* * * * *', {});
  await boss.work(IJW_OUTBOX_QUEUE, async () => {
    await deliverOutbox(db, { url });
  });
}

/**
 * Delivers pending outgoing messages: POST the XML (one message per request, application/xml).
 * A 2xx marks it delivered, and a retour message in its body (e.g. the JW302) is stored and linked; anything else counts an attempt and schedules a retry with back-off;
 * after MAX_ATTEMPTS it is `failed` (visible to administrators). Returns what happened.
 */
export async function deliverOutbox(
  db: Db,
  opts: { url: string; now?: Date; fetchImpl?: typeof fetch },
): Promise<{ delivered: number; retried: number; failed: number; retours: number }> {
  const now = opts.now ?? new Date();
  const doFetch = opts.fetchImpl ?? fetch;
  const due = await db
    .select({
      tenantId: ijwMessage.tenantId,
      id: ijwMessage.id,
      xml: ijwMessage.xml,
      attempts: ijwMessage.attempts,
      messageType: ijwMessage.messageType,
      receiver: ijwMessage.receiver,
      berichtIdentificatie: ijwMessage.berichtIdentificatie,
      assignmentId: ijwMessage.assignmentId,
    })
    .from(ijwMessage)
    .where(
      and(
        eq(ijwMessage.direction, 'out'),
        eq(ijwMessage.status, 'pending'),
        or(isNull(ijwMessage.nextAttemptAt), lte(ijwMessage.nextAttemptAt, now)),
      ),
    )
    .orderBy(asc(ijwMessage.createdAt))
    .limit(BATCH);
  const result = { delivered: 0, retried: 0, failed: 0, retours: 0 };
  for (const m of due) {
    let ok = false;
    let body = '';
    try {
      const response = await doFetch(opts.url, {
        method: 'POST',
        headers: { 'content-type': 'application/xml; charset=utf-8', 'ijw-message-type': m.messageType },
        body: m.xml,
        signal: AbortSignal.timeout(30_000),
      });
      ok = response.ok;
      if (ok && /xml/.test(response.headers.get('content-type') ?? '')) body = await response.text();
    } catch {
      ok = false;
    }
    const attempts = m.attempts + 1;
    const where = and(
      eq(ijwMessage.tenantId, m.tenantId),
      eq(ijwMessage.id, m.id),
      eq(ijwMessage.status, 'pending'),
    );
    if (ok) {
      await db.update(ijwMessage).set({ status: 'delivered', attempts, nextAttemptAt: null }).where(where);
      result.delivered++;
      if ((await storeDeliveryRetour(db, m, body)) === 'stored') result.retours++;
    } else if (attempts >= MAX_ATTEMPTS) {
      await db.update(ijwMessage).set({ status: 'failed', attempts, nextAttemptAt: null }).where(where);
      result.failed++;
    } else {
      await db
        .update(ijwMessage)
        .set({ attempts, nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)) })
        .where(where);
      result.retried++;
    }
  }
  return result;
}
