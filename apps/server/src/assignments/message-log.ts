import type { IjwMessageDetail, IjwMessageSummary } from '@een-plan/contracts';
import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import type { Db, Executor } from '../db/database.ts';
import { asTimestamp, DbTimestamp, rowsAfter, timestampText } from '../db/keyset.ts';
import { decodeCursor, splitPage } from '../http/page-cursor.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { ijwMessage } from './schema.ts';

/** A provider's action on an assignment (or, named so, on a request for one) in the audit log. */
export async function auditProvider(
  tx: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  action: string,
  subjectId: string | null,
  details: Record<string, string | number | boolean | null>,
  subjectType: 'assignment' | 'assignment_request' = 'assignment',
) {
  await recordAudit(tx, {
    tenantId: actor.tenantId,
    actor,
    action,
    outcome: 'success',
    subjectType,
    ...(subjectId ? { subjectId } : {}),
    dataCategory: 'assignment',
    purpose: 'youth_care_delivery',
    ...ctx,
    details,
  });
}

// ---------------------------------------------------------------------------------------------
// Messages (administrators)

/** The columns a summary shows: the XML (with BSN and name) is read per message only. */
const summaryColumns = {
  id: ijwMessage.id,
  direction: ijwMessage.direction,
  messageType: ijwMessage.messageType,
  berichtIdentificatie: ijwMessage.berichtIdentificatie,
  sender: ijwMessage.sender,
  receiver: ijwMessage.receiver,
  assignmentId: ijwMessage.assignmentId,
  retourMessageId: ijwMessage.retourMessageId,
  status: ijwMessage.status,
  attempts: ijwMessage.attempts,
  validation: ijwMessage.validation,
  createdAt: ijwMessage.createdAt,
};

function toSummary(m: Pick<typeof ijwMessage.$inferSelect, keyof typeof summaryColumns>): IjwMessageSummary {
  return {
    id: m.id,
    direction: m.direction,
    messageType: m.messageType,
    berichtIdentificatie: m.berichtIdentificatie,
    sender: m.sender,
    receiver: m.receiver,
    assignmentId: m.assignmentId,
    retourMessageId: m.retourMessageId,
    status: m.status,
    attempts: m.attempts,
    valid: (m.validation as { valid?: boolean }).valid === true,
    createdAt: m.createdAt.toISOString(),
  };
}

/** The message log's cursor: the last message's creation time as stored, and its id. */
const MessageLogCursor = z.tuple([DbTimestamp, z.string().min(1).max(64)]);

/**
 * One page of the tenant's iJw messages, newest first, after the cursor's row (decision 0031): a
 * backward scan of ijw_message_created_idx (tenant, created_at, id). The XML stays out of the list.
 */
export function messageLogPageQuery(
  db: Executor,
  tenantId: string,
  page: { cursor?: string | undefined; limit: number },
) {
  const after = decodeCursor(MessageLogCursor, page.cursor);
  return db
    .select({ m: summaryColumns, createdAtText: timestampText(ijwMessage.createdAt) })
    .from(ijwMessage)
    .where(
      and(
        eq(ijwMessage.tenantId, tenantId),
        after
          ? rowsAfter([ijwMessage.createdAt, ijwMessage.id], [asTimestamp(after[0]), after[1]], 'desc')
          : undefined,
      ),
    )
    .orderBy(desc(ijwMessage.createdAt), desc(ijwMessage.id))
    .limit(page.limit + 1);
}

export async function listMessages(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  query: { cursor?: string | undefined; limit: number },
): Promise<{ messages: IjwMessageSummary[]; nextCursor: string | null }> {
  const fetched = await messageLogPageQuery(db, actor.tenantId, query);
  const { page, nextCursor } = splitPage(fetched, query.limit, (last) => [last.createdAtText, last.m.id]);
  await recordAudit(db, {
    tenantId: actor.tenantId,
    actor,
    action: 'ijw_message.list',
    outcome: 'success',
    subjectType: 'ijw_message',
    dataCategory: 'ijw_message',
    purpose: 'administration',
    ...ctx,
    details: { count: page.length },
  });
  return { messages: page.map((r) => toSummary(r.m)), nextCursor };
}

/** One message with its XML (which holds the BSN and name): audited per message. */
export async function getMessage(
  db: Db,
  actor: Actor,
  id: string,
  ctx: RequestOrigin,
): Promise<IjwMessageDetail> {
  const [m] = await db
    .select()
    .from(ijwMessage)
    .where(and(eq(ijwMessage.tenantId, actor.tenantId), eq(ijwMessage.id, id)))
    .limit(1);
  if (!m) throw new ProblemError('not_found');
  await recordAudit(db, {
    tenantId: actor.tenantId,
    actor,
    action: 'ijw_message.read',
    outcome: 'success',
    subjectType: 'ijw_message',
    subjectId: id,
    dataCategory: 'ijw_message',
    purpose: 'administration',
    ...ctx,
    details: { messageType: m.messageType },
  });
  return { ...toSummary(m), xml: m.xml, summary: m.summary, validation: m.validation };
}
