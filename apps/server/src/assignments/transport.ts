import { randomUUID } from 'node:crypto';
import {
  IjwParseError,
  parseMessage,
  type RetourHeenType,
  type ValidationReport,
  validateXml,
} from '@een-plan/ijw';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db, Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { providerOrganisationOf } from '../policy/decide-assignment.ts';
import { organisationAgbCode } from '../tenancy/organisations.ts';
import type { IncomingHandler, IncomingOutcome } from './incoming.ts';
import { incomingHandlers, technicalAnswers } from './incoming-handlers.ts';
import { answerWithRetour } from './messages.ts';
import { ijwMessage } from './schema.ts';
import { reportJson } from './validation-report.ts';

interface RequestOrigin {
  requestId: string;
  clientAddress: string;
}

async function storedRetour(db: Executor, tenantId: string, sender: string, identificatie: string) {
  const [heen] = await db
    .select({ retourId: ijwMessage.retourMessageId })
    .from(ijwMessage)
    .where(
      and(
        eq(ijwMessage.tenantId, tenantId),
        eq(ijwMessage.direction, 'in'),
        eq(ijwMessage.sender, sender),
        eq(ijwMessage.berichtIdentificatie, identificatie),
      ),
    )
    .limit(1);
  if (!heen?.retourId) return heen ? null : undefined;
  const [retour] = await db
    .select({ xml: ijwMessage.xml })
    .from(ijwMessage)
    .where(and(eq(ijwMessage.tenantId, tenantId), eq(ijwMessage.id, heen.retourId)))
    .limit(1);
  return retour?.xml ?? null;
}

/**
 * Receives one iJw message (XML) from a provider and answers with its retour message (XML).
 * Idempotent on BerichtIdentificatie + sender: a duplicate gets the stored retour and is never
 * processed twice. Level 1 (XML/XSD) errors get a problem and no retour (IV028); level 2 (rules)
 * errors a retour with 0001; level 3/4 findings against the assignment a retour with their codes.
 */
export async function receiveMessage(
  db: Db,
  actor: Actor,
  xml: string,
  ctx: RequestOrigin,
): Promise<{ retourXml: string; duplicate: boolean }> {
  const organisationId = providerOrganisationOf(actor);
  const agb = await organisationAgbCode(db, actor.tenantId, organisationId);
  if (!agb) throw new ProblemError('contract_no_agb_code');

  const report = await validateXml(xml);
  if (!report.xsd.valid) throw new ProblemError('ijw_message_invalid', issuesText(report));
  let parsed: ReturnType<typeof parseMessage>;
  try {
    parsed = parseMessage(xml);
  } catch (e) {
    if (e instanceof IjwParseError) throw new ProblemError('ijw_message_invalid', e.message);
    throw e;
  }
  const handler = incomingHandlers[parsed.type];
  if (!handler) throw new ProblemError('ijw_message_type_not_supported');
  const bericht = parsed.bericht as {
    Header: { Afzender: string; Ontvanger: string; BerichtIdentificatie: { Identificatie: string } };
  };
  const header = bericht.Header;
  // The sender is the logged-in provider; the receiver is this municipality.
  if (header.Afzender !== agb || header.Ontvanger !== actor.tenantId) {
    throw new ProblemError('ijw_message_wrong_party');
  }
  const identificatie = header.BerichtIdentificatie.Identificatie;

  const existing = await storedRetour(db, actor.tenantId, header.Afzender, identificatie);
  if (typeof existing === 'string') return { retourXml: existing, duplicate: true };

  try {
    return await db.transaction(async (tx) => {
      const retourXml = await processNew(
        tx,
        actor,
        actor.organisationId as string,
        handler,
        parsed,
        xml,
        report,
      );
      await recordAudit(tx, {
        tenantId: actor.tenantId,
        actor,
        action: 'ijw_message.receive',
        outcome: 'success',
        subjectType: 'ijw_message',
        dataCategory: 'ijw_message',
        purpose: 'youth_care_delivery',
        ...ctx,
        details: { messageType: parsed.type, valid: report.valid },
      });
      return { retourXml, duplicate: false };
    });
  } catch (e) {
    // A concurrent duplicate won the race on the unique index: answer with its retour.
    const again = await storedRetour(db, actor.tenantId, header.Afzender, identificatie);
    if (typeof again === 'string') return { retourXml: again, duplicate: true };
    throw e;
  }
}

function issuesText(report: ValidationReport) {
  return report.issues
    .slice(0, 5)
    .map((i) => `${i.code}${i.line ? ` (line ${i.line})` : ''}: ${i.message}`)
    .join('; ');
}

async function processNew(
  tx: Executor,
  actor: Actor,
  organisationId: string,
  handler: IncomingHandler,
  parsed: ReturnType<typeof parseMessage>,
  xml: string,
  report: ValidationReport,
): Promise<string> {
  const tenantId = actor.tenantId;
  const { type } = parsed;
  // biome-ignore lint/suspicious/noExplicitAny: the union of the heen message models
  const bericht = parsed.bericht as any;
  const sender: string = bericht.Header.Afzender;
  const id = randomUUID();
  await tx.insert(ijwMessage).values({
    tenantId,
    id,
    direction: 'in',
    messageType: type,
    berichtIdentificatie: bericht.Header.BerichtIdentificatie.Identificatie,
    sender,
    receiver: tenantId,
    xml,
    summary: { type, via: 'http' },
    validation: reportJson(report),
    createdAt: new Date(),
    status: 'processing',
  });
  // Level 2 (rules) errors: the message is rejected as a whole, the handler never sees it.
  const outcome: IncomingOutcome = report.valid
    ? await handler({ tx, actor, organisationId, sender, type, bericht, incomingId: id, report })
    : { assignmentId: null, findings: [], summary: { type } };
  await tx
    .update(ijwMessage)
    .set({
      assignmentId: outcome.assignmentId,
      summary: { ...outcome.summary, via: 'http' },
      status: !report.valid ? 'rejected' : outcome.findings.length === 0 ? 'processed' : 'partly_rejected',
    })
    .where(and(eq(ijwMessage.tenantId, tenantId), eq(ijwMessage.id, id)));
  const technicalAnswer = report.valid ? undefined : technicalAnswers[type];
  const answer =
    report.valid && outcome.answer
      ? await outcome.answer()
      : technicalAnswer
        ? await technicalAnswer({ tx, tenantId, bericht, report })
        : await answerWithRetour(
            tx,
            {
              tenantId,
              id,
              type: type as RetourHeenType,
              bericht,
              sender: tenantId,
              receiver: sender,
              assignmentId: outcome.assignmentId,
              direction: 'out',
            },
            outcome.findings,
            report.rules.xsltVersie,
            !report.valid,
            true,
          );
  await tx
    .update(ijwMessage)
    .set({ retourMessageId: answer.id })
    .where(and(eq(ijwMessage.tenantId, tenantId), eq(ijwMessage.id, id)));
  return answer.xml;
}
