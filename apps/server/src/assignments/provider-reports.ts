import { randomUUID } from 'node:crypto';
import type { AssignmentStartInput, AssignmentStopInput } from '@een-plan/contracts';
import type { IjwBerichtMap, Jw305Bericht, Jw307Bericht, RetourFinding } from '@een-plan/ijw';
import { headerDefaults, retourcodeText, toIjwDatum, toIjwGeslacht } from '@een-plan/ijw';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Executor } from '../db/database.ts';
import { inTransaction } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { checkVersion, lockAssignment } from './assignment-row.ts';
import { agbOf, clientData, summaryOf } from './issue.ts';
import { auditProvider } from './message-log.ts';
import { answerWithRetour, buildValidateStore } from './messages.ts';
import { progressPlanAction } from './plan-progress.ts';
import { isIssuedTo } from './provider-visibility.ts';
import { assignment, contractProduct, ijwMessage } from './schema.ts';

// ---------------------------------------------------------------------------------------------
// Provider: start (JW305) and stop (JW307); the municipality answers JW306 / JW308

async function providerAssignment(tx: Executor, actor: Actor, assignmentId: string) {
  const a = await lockAssignment(tx, actor.tenantId, assignmentId);
  if (!isIssuedTo(a, actor.organisationId)) throw new ProblemError('not_found');
  return a;
}

async function verkorteClient(tx: Executor, tenantId: string, a: typeof assignment.$inferSelect) {
  const c = await clientData(tx, tenantId, a);
  return {
    Bsn: c.bsn as string,
    Geboortedatum: { Datum: c.birthDate },
    Geslacht: toIjwGeslacht(c.sex),
    Naam: { Geslachtsnaam: { Achternaam: c.lastName }, Voornamen: c.firstName },
  };
}

/**
 * Level 3/4 checks of the municipality on a start or stop message against the assignment:
 * unknown ToewijzingNummer, a stop before its start (held back: rejected until the start arrives),
 * dates outside the assignment.
 */
function startFindings(a: typeof assignment.$inferSelect, begindatum: string): RetourFinding[] {
  const path = 'Client/StartProducten/StartProduct[1]';
  // TR326 (9326): no second start while a start is current.
  if (a.status === 'started') return [{ path, codes: ['9326'] }];
  // TR019 (9019): the start relates to a current assignment, within its period.
  if (a.status !== 'assigned' || begindatum < a.startDate || begindatum > a.endDate) {
    return [{ path, codes: ['9019'] }];
  }
  return [];
}

function stopFindings(
  a: typeof assignment.$inferSelect,
  begindatum: string,
  einddatum: string,
): RetourFinding[] {
  const path = 'Client/StopProducten/StopProduct[1]';
  // TR019 (9019): the stop relates to the assignment's current start.
  if (a.status !== 'started' || !a.startedOn || a.startedOn !== begindatum || einddatum < begindatum) {
    return [{ path, codes: ['9019'] }];
  }
  return [];
}

export async function reportStart(
  db: Executor,
  actor: Actor,
  assignmentId: string,
  input: z.output<typeof AssignmentStartInput>,
  ctx: RequestOrigin,
): Promise<{ accepted: boolean }> {
  const result = await inTransaction(db, async (tx) => {
    const a = await providerAssignment(tx, actor, assignmentId);
    checkVersion(a, input.version);
    if (a.status !== 'assigned') throw new ProblemError('assignment_wrong_status');
    const now = new Date();
    // TR134: a start is reported once it happened, never ahead.
    if (input.startDate > toIjwDatum(now)) throw new ProblemError('assignment_date_in_future');
    const agb = await agbOf(tx, actor.tenantId, a.organisationId);
    const bericht: Jw305Bericht = {
      Header: {
        ...headerDefaults('JW305'),
        Afzender: agb,
        Ontvanger: actor.tenantId,
        BerichtIdentificatie: { Identificatie: newMessageId('ST'), Dagtekening: toIjwDatum(now) },
      },
      Client: {
        ...(await verkorteClient(tx, actor.tenantId, a)),
        StartProducten: [
          {
            ToewijzingNummer: a.assignmentNumber,
            Product: await productOf(tx, actor.tenantId, a.contractProductId),
            ToewijzingIngangsdatum: a.startDate,
            Begindatum: input.startDate,
            StatusAanlevering: '1',
          },
        ],
      },
    } as Jw305Bericht;
    const findings = startFindings(a, input.startDate);
    const accepted = await receiveAndAnswer(tx, actor.tenantId, 'JW305', bericht, a, findings, {
      startDate: input.startDate,
    });
    if (accepted) {
      await tx
        .update(assignment)
        .set({ status: 'started', startedOn: input.startDate, version: a.version + 1 })
        .where(and(eq(assignment.tenantId, actor.tenantId), eq(assignment.id, a.id)));
      await progressPlanAction(tx, actor, a, 'started', ctx);
    }
    await auditProvider(tx, actor, ctx, 'assignment.start', a.id, { accepted });
    return { accepted, findings };
  });
  // A rejected message stays stored (under Berichten) with its retour; the answer names the codes.
  if (!result.accepted) throw rejectedProblem(result.findings);
  return { accepted: true };
}

export async function reportStop(
  db: Executor,
  actor: Actor,
  assignmentId: string,
  input: z.output<typeof AssignmentStopInput>,
  ctx: RequestOrigin,
): Promise<{ accepted: boolean }> {
  const result = await inTransaction(db, async (tx) => {
    const a = await providerAssignment(tx, actor, assignmentId);
    checkVersion(a, input.version);
    // A stop before its start is out of order: it is refused (nothing stored) until the start is in.
    if (a.status !== 'started' || !a.startedOn) throw new ProblemError('assignment_not_started');
    if (input.stopDate < a.startedOn) throw new ProblemError('assignment_dates_invalid');
    const now = new Date();
    if (input.stopDate > toIjwDatum(now)) throw new ProblemError('assignment_date_in_future');
    const agb = await agbOf(tx, actor.tenantId, a.organisationId);
    const bericht: Jw307Bericht = {
      Header: {
        ...headerDefaults('JW307'),
        Afzender: agb,
        Ontvanger: actor.tenantId,
        BerichtIdentificatie: { Identificatie: newMessageId('SP'), Dagtekening: toIjwDatum(now) },
      },
      Client: {
        ...(await verkorteClient(tx, actor.tenantId, a)),
        StopProducten: [
          {
            ToewijzingNummer: a.assignmentNumber,
            Product: await productOf(tx, actor.tenantId, a.contractProductId),
            ToewijzingIngangsdatum: a.startDate,
            Begindatum: a.startedOn,
            RedenBeeindiging: input.reason,
            Einddatum: input.stopDate,
            StatusAanlevering: '1',
          },
        ],
      },
    } as Jw307Bericht;
    const findings = stopFindings(a, a.startedOn, input.stopDate);
    const accepted = await receiveAndAnswer(tx, actor.tenantId, 'JW307', bericht, a, findings, {
      stopDate: input.stopDate,
      reason: input.reason,
    });
    if (accepted) {
      await tx
        .update(assignment)
        .set({
          status: 'stopped',
          stoppedOn: input.stopDate,
          stopReason: input.reason,
          version: a.version + 1,
        })
        .where(and(eq(assignment.tenantId, actor.tenantId), eq(assignment.id, a.id)));
      await progressPlanAction(tx, actor, a, 'stopped', ctx);
    }
    await auditProvider(tx, actor, ctx, 'assignment.stop', a.id, { accepted, reason: input.reason });
    return { accepted, findings };
  });
  if (!result.accepted) throw rejectedProblem(result.findings);
  return { accepted: true };
}

/** The 409 for a start or stop the municipality rejected: each retourcode with its meaning. */
function rejectedProblem(findings: RetourFinding[]): ProblemError {
  const codes = findings.flatMap((f) => f.codes.map((code) => ({ path: f.path, code })));
  return new ProblemError(
    'assignment_message_rejected',
    `Retourcodes: ${codes.map((c) => c.code).join(', ')}`,
    codes.map((c) => ({ path: c.path, code: c.code, message: retourcodeText(c.code) })),
  );
}

function newMessageId(prefix: string) {
  return `${prefix}${randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase()}`;
}

export async function productOf(tx: Executor, tenantId: string, contractProductId: string) {
  const [p] = await tx
    .select({
      cat: contractProduct.productCategory,
      code: contractProduct.productCode,
      v: contractProduct.executionVariant,
    })
    .from(contractProduct)
    .where(and(eq(contractProduct.tenantId, tenantId), eq(contractProduct.id, contractProductId)))
    .limit(1);
  if (!p) throw new ProblemError('not_found');
  return p.v === 'taakgericht' ? { Categorie: p.cat as never } : { Categorie: p.cat as never, Code: p.code };
}

/**
 * The municipality receives a provider's JW305/JW307 (stored as incoming), checks it against the
 * assignment and answers with the JW306/JW308 retour (stored as outgoing). Returns whether the
 * message was accepted (no findings).
 */
async function receiveAndAnswer<T extends 'JW305' | 'JW307'>(
  tx: Executor,
  tenantId: string,
  type: T,
  bericht: IjwBerichtMap[T],
  a: typeof assignment.$inferSelect,
  findings: RetourFinding[],
  extra: Record<string, unknown>,
): Promise<boolean> {
  const sender = bericht.Header.Afzender;
  const incoming = await buildValidateStore(tx, {
    tenantId,
    direction: 'in',
    type,
    bericht,
    sender,
    receiver: tenantId,
    assignmentId: a.id,
    summary: summaryOf(type, a, extra),
    status: findings.length === 0 ? 'processed' : 'rejected',
  });
  const retour = await answerWithRetour(
    tx,
    {
      tenantId,
      id: incoming.id,
      type,
      bericht,
      sender: tenantId,
      receiver: sender,
      assignmentId: a.id,
      direction: 'out',
    },
    findings,
    incoming.report.rules.xsltVersie,
  );
  await tx
    .update(ijwMessage)
    .set({ retourMessageId: retour.id })
    .where(and(eq(ijwMessage.tenantId, tenantId), eq(ijwMessage.id, incoming.id)));
  return findings.length === 0;
}
