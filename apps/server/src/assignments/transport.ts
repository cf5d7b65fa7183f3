import { randomUUID } from 'node:crypto';
import {
  IjwParseError,
  type Jw305Bericht,
  type Jw307Bericht,
  parseMessage,
  type RetourFinding,
  type ValidationReport,
  validateXml,
} from '@een-plan/ijw';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db, Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { organisation } from '../tenancy/schema.ts';
import { answerWithRetour, reportJson } from './messages.ts';
import { assignment, ijwMessage } from './schema.ts';

interface RequestContext {
  requestId: string;
  clientAddress: string;
}

/** Messages a provider sends to the municipality that this endpoint processes. */
const ACCEPTED_TYPES = new Set(['JW305', 'JW307']);

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
  ctx: RequestContext,
): Promise<{ retourXml: string; duplicate: boolean }> {
  if (!actor.organisationId) throw new ProblemError('forbidden');
  const [org] = await db
    .select({ agb: organisation.agbCode })
    .from(organisation)
    .where(and(eq(organisation.tenantId, actor.tenantId), eq(organisation.id, actor.organisationId)))
    .limit(1);
  if (!org?.agb) throw new ProblemError('contract_no_agb_code');

  const report = await validateXml(xml);
  if (!report.xsd.valid) throw new ProblemError('ijw_message_invalid', issuesText(report));
  let parsed: ReturnType<typeof parseMessage>;
  try {
    parsed = parseMessage(xml);
  } catch (e) {
    if (e instanceof IjwParseError) throw new ProblemError('ijw_message_invalid', e.message);
    throw e;
  }
  if (!ACCEPTED_TYPES.has(parsed.type)) throw new ProblemError('ijw_message_type_not_supported');
  const bericht = parsed.bericht as Jw305Bericht | Jw307Bericht;
  const header = bericht.Header;
  // The sender is the logged-in provider; the receiver is this municipality.
  if (header.Afzender !== org.agb || header.Ontvanger !== actor.tenantId) {
    throw new ProblemError('ijw_message_wrong_party');
  }
  const identificatie = header.BerichtIdentificatie.Identificatie;

  const existing = await storedRetour(db, actor.tenantId, header.Afzender, identificatie);
  if (typeof existing === 'string') return { retourXml: existing, duplicate: true };

  try {
    return await db.transaction(async (tx) => {
      const retourXml = await processNew(tx, actor, parsed.type as 'JW305' | 'JW307', bericht, xml, report);
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
  type: 'JW305' | 'JW307',
  bericht: Jw305Bericht | Jw307Bericht,
  xml: string,
  report: ValidationReport,
): Promise<string> {
  const tenantId = actor.tenantId;
  const sender = bericht.Header.Afzender;
  const products =
    type === 'JW305'
      ? (bericht as Jw305Bericht).Client.StartProducten
      : (bericht as Jw307Bericht).Client.StopProducten;
  const listName = type === 'JW305' ? 'StartProducten/StartProduct' : 'StopProducten/StopProduct';

  // Level 3/4: every product must relate to a current assignment of this provider (TR019).
  const findings: RetourFinding[] = [];
  const updates: Array<() => Promise<unknown>> = [];
  let firstAssignmentId: string | null = null;
  if (report.valid) {
    for (const [i, p] of products.entries()) {
      const path = `Client/${listName}[${i + 1}]`;
      const [a] =
        p.ToewijzingNummer === undefined
          ? []
          : await tx
              .select()
              .from(assignment)
              .where(
                and(
                  eq(assignment.tenantId, tenantId),
                  eq(assignment.assignmentNumber, p.ToewijzingNummer),
                  eq(assignment.organisationId, actor.organisationId as string),
                ),
              )
              .for('update')
              .limit(1);
      if (!a || a.status === 'awaiting_approval' || a.status === 'rejected') {
        findings.push({ path, codes: ['9019'] });
        continue;
      }
      firstAssignmentId ??= a.id;
      const where = and(eq(assignment.tenantId, tenantId), eq(assignment.id, a.id));
      if (type === 'JW305') {
        if (a.status === 'started') findings.push({ path, codes: ['9326'] });
        else if (a.status !== 'assigned' || p.Begindatum < a.startDate || p.Begindatum > a.endDate) {
          findings.push({ path, codes: ['9019'] });
        } else {
          updates.push(() =>
            tx
              .update(assignment)
              .set({ status: 'started', startedOn: p.Begindatum, version: a.version + 1 })
              .where(where),
          );
        }
      } else {
        const stop = p as Jw307Bericht['Client']['StopProducten'][number];
        // Out of order (a stop before its start) or a stop of another start: rejected (TR019).
        if (a.status !== 'started' || a.startedOn !== stop.Begindatum || stop.Einddatum < stop.Begindatum) {
          findings.push({ path, codes: ['9019'] });
        } else {
          updates.push(() =>
            tx
              .update(assignment)
              .set({
                status: 'stopped',
                stoppedOn: stop.Einddatum,
                stopReason: stop.RedenBeeindiging,
                version: a.version + 1,
              })
              .where(where),
          );
        }
      }
    }
  }
  for (const update of updates) await update();

  const id = randomUUID();
  await tx.insert(ijwMessage).values({
    tenantId,
    id,
    direction: 'in',
    messageType: type,
    berichtIdentificatie: bericht.Header.BerichtIdentificatie.Identificatie,
    sender,
    receiver: tenantId,
    assignmentId: firstAssignmentId,
    xml,
    summary: {
      type,
      products: products.map((p) => ({
        assignmentNumber: p.ToewijzingNummer ?? null,
        begindatum: p.Begindatum,
      })),
      via: 'http',
    },
    validation: reportJson(report),
    createdAt: new Date(),
    status: !report.valid ? 'rejected' : findings.length === 0 ? 'processed' : 'partly_rejected',
  });
  const retour = await answerWithRetour(
    tx,
    {
      tenantId,
      id,
      type,
      bericht,
      sender: tenantId,
      receiver: sender,
      assignmentId: firstAssignmentId,
      direction: 'out',
    },
    findings,
    report.rules.xsltVersie,
    !report.valid,
    true,
  );
  await tx
    .update(ijwMessage)
    .set({ retourMessageId: retour.id })
    .where(and(eq(ijwMessage.tenantId, tenantId), eq(ijwMessage.id, id)));
  return retour.xml;
}
