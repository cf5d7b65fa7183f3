import type { IjwMessageDetail, IjwMessageSummary } from '@een-plan/contracts';
import { and, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db, Executor } from '../db/database.ts';
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

export function toSummary(m: typeof ijwMessage.$inferSelect): IjwMessageSummary {
  return {
    id: m.id,
    direction: m.direction as 'in' | 'out',
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

export async function listMessages(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  page: { limit: number; offset: number },
): Promise<IjwMessageSummary[]> {
  const rows = await db
    .select()
    .from(ijwMessage)
    .where(eq(ijwMessage.tenantId, actor.tenantId))
    .orderBy(desc(ijwMessage.createdAt), desc(ijwMessage.id))
    .limit(page.limit)
    .offset(page.offset);
  await recordAudit(db, {
    tenantId: actor.tenantId,
    actor,
    action: 'ijw_message.list',
    outcome: 'success',
    subjectType: 'ijw_message',
    dataCategory: 'ijw_message',
    purpose: 'administration',
    ...ctx,
    details: { count: rows.length },
  });
  return rows.map(toSummary);
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
