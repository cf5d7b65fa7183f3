import { randomBytes, randomUUID } from 'node:crypto';
import type { IjwMessageStatus } from '@een-plan/contracts';
import {
  buildMessage,
  buildRetour,
  type IjwMessageType,
  type RetourFinding,
  type RetourHeenType,
  toIjwDatum,
  type ValidationReport,
  validateXml,
} from '@een-plan/ijw';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import { outboxStatus } from './outbox.ts';
import { ijwMessage } from './schema.ts';
import { reportJson } from './validation-report.ts';

/** A BerichtIdentificatie / IdentificatieRetour: at most 12 characters, unique per sender. */
export function newIdentificatie(prefix: string): string {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const bytes = randomBytes(12 - prefix.length);
  let id = prefix;
  for (const b of bytes) id += alphabet[b % alphabet.length];
  return id;
}

export interface StoredMessage {
  id: string;
  xml: string;
  report: ValidationReport;
}

/**
 * Builds an iJw message, validates it (XSD + official rules) and stores it. A message that does not
 * pass is refused with `ijw_message_invalid` — nothing is stored, the caller's transaction rolls back.
 */
export async function buildValidateStore(
  tx: Executor,
  m: {
    tenantId: string;
    direction: 'in' | 'out';
    type: IjwMessageType;
    // biome-ignore lint/suspicious/noExplicitAny: the union of all message models
    bericht: any;
    sender: string;
    receiver: string;
    assignmentId: string | null;
    summary: Record<string, unknown>;
    status: IjwMessageStatus;
  },
): Promise<StoredMessage> {
  const xml = buildMessage(m.type, m.bericht);
  const report = await validateXml(xml, { expectedType: m.type });
  if (!report.valid) {
    const codes = report.issues.map((i) => i.code ?? i.source).join(', ');
    throw new ProblemError('ijw_message_invalid', `${m.type}: ${codes}`);
  }
  const id = randomUUID();
  await tx.insert(ijwMessage).values({
    tenantId: m.tenantId,
    id,
    direction: m.direction,
    messageType: m.type,
    berichtIdentificatie:
      m.bericht.Header.IdentificatieRetour ?? m.bericht.Header.BerichtIdentificatie.Identificatie,
    sender: m.sender,
    receiver: m.receiver,
    assignmentId: m.assignmentId,
    xml,
    summary: m.summary,
    validation: reportJson(report),
    status: m.status,
    attempts: 0,
    nextAttemptAt: m.status === 'pending' ? new Date() : null,
    // The clock, not the transaction start: messages of one transaction keep their order.
    createdAt: new Date(),
  });
  return { id, xml, report };
}

/** Builds, validates and stores the retour message answering a stored heen message, and links them. */
export async function answerWithRetour(
  tx: Executor,
  heen: {
    tenantId: string;
    id: string;
    type: RetourHeenType;
    // biome-ignore lint/suspicious/noExplicitAny: heen model of that type
    bericht: any;
    /** Who answers (the heen message's receiver). */
    sender: string;
    receiver: string;
    assignmentId: string | null;
    direction: 'in' | 'out';
  },
  findings: RetourFinding[],
  xsltVersie: string | undefined,
  technischAfgekeurd = false,
  /** The retour went back in the HTTP response to the heen message (no outbox delivery). */
  deliveredInResponse = false,
): Promise<StoredMessage> {
  const retour = buildRetour(
    { type: heen.type, bericht: heen.bericht },
    {
      identificatie: newIdentificatie('RT'),
      dagtekening: toIjwDatum(new Date()),
      xsltVersie,
      findings,
      technischAfgekeurd,
    },
  );
  const stored = await buildValidateStore(tx, {
    tenantId: heen.tenantId,
    direction: heen.direction,
    type: retour.type,
    bericht: retour.bericht,
    sender: heen.sender,
    receiver: heen.receiver,
    assignmentId: heen.assignmentId,
    summary: {
      answers: heen.id,
      retourcodes: technischAfgekeurd ? ['0001'] : findings.flatMap((f) => f.codes),
      accepted: findings.length === 0 && !technischAfgekeurd,
    },
    status: heen.direction === 'in' ? 'processed' : deliveredInResponse ? 'delivered' : outboxStatus(),
  });
  return stored;
}

/**
 * Puts a message to a provider in the outbox. Without a delivery URL the provider reads it in this
 * product ("delivered locally") and acknowledges it at once with its retour, stored and linked here;
 * delivered to a provider system, the retour comes back in the delivery's answer (outbox.ts).
 */
export async function sendToProvider(
  tx: Executor,
  m: {
    tenantId: string;
    type: IjwMessageType & RetourHeenType;
    // biome-ignore lint/suspicious/noExplicitAny: the union of the heen models
    bericht: any;
    receiver: string;
    assignmentId: string | null;
    summary: Record<string, unknown>;
  },
): Promise<StoredMessage> {
  const out = await buildValidateStore(tx, {
    ...m,
    direction: 'out',
    sender: m.tenantId,
    status: outboxStatus(),
  });
  if (outboxStatus() !== 'delivered_locally') return out;
  const retour = await answerWithRetour(
    tx,
    { ...m, id: out.id, sender: m.receiver, receiver: m.tenantId, direction: 'in' },
    [],
    out.report.rules.xsltVersie,
  );
  await tx
    .update(ijwMessage)
    .set({ retourMessageId: retour.id })
    .where(and(eq(ijwMessage.tenantId, m.tenantId), eq(ijwMessage.id, out.id)));
  return out;
}
