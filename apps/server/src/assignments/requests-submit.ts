import type { AssignmentRequestInput, ChangeRequestInput, RequestSubmitted } from '@een-plan/contracts';
import {
  headerDefaults,
  type Jw315Bericht,
  type Jw317Bericht,
  type RetourFinding,
  toIjwDatum,
} from '@een-plan/ijw';
import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { type Executor, inTransaction } from '../db/database.ts';
import { bsnsOf } from '../households/home-queries.ts';
import type { ProblemCode } from '../http/problem-catalog.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { providerOrganisationOf } from '../policy/decide-assignment.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { contractOfProduct } from './assignment-row.ts';
import { auditProvider } from './message-log.ts';
import { answerWithRetour, buildValidateStore, newIdentificatie } from './messages.ts';
import { isIssuedTo } from './provider-visibility.ts';
import { sendAutoRefusals } from './requests-answer.ts';
import { judgeAssignmentRequest, judgeChangeRequest, type RequestJudgement } from './requests-receive.ts';
import { assignmentRequest } from './requests-schema.ts';
import { assignment, contractProduct, ijwMessage, providerContract } from './schema.ts';
import { agbOf, lockAssignment, productOf } from './service.ts';

const PROBLEM_BY_CODE: Record<string, ProblemCode> = {
  '9374': 'request_already_pending',
  '9347': 'request_reference_taken',
  S329: 'request_product_not_contracted',
};

function rejected(findings: RetourFinding[]): never {
  const codes = findings.flatMap((f) => f.codes);
  const known = codes.find((c) => PROBLEM_BY_CODE[c]);
  throw new ProblemError((known && PROBLEM_BY_CODE[known]) || 'request_change_invalid', codes.join(', '));
}

/**
 * Stores the provider's message as incoming, judges it, answers with the retour (delivered: the
 * provider sees it at once) and sends the JW319s of requests that cannot be granted. A message with
 * findings is refused as a problem: nothing stays stored, the provider corrects and sends again.
 */
async function receiveFromScreen<T extends 'JW315' | 'JW317'>(
  tx: Executor,
  actor: Actor,
  type: T,
  bericht: T extends 'JW315' ? Jw315Bericht : Jw317Bericht,
  judge: (incomingId: string) => Promise<RequestJudgement>,
): Promise<RequestJudgement> {
  const sender = bericht.Header.Afzender;
  const incoming = await buildValidateStore(tx, {
    tenantId: actor.tenantId,
    direction: 'in',
    type,
    bericht,
    sender,
    receiver: actor.tenantId,
    assignmentId: null,
    summary: { type, via: 'screen' },
    status: 'processing',
  });
  const judgement = await judge(incoming.id);
  if (judgement.findings.length > 0) rejected(judgement.findings);
  const retour = await answerWithRetour(
    tx,
    {
      tenantId: actor.tenantId,
      id: incoming.id,
      type,
      bericht,
      sender: actor.tenantId,
      receiver: sender,
      assignmentId: judgement.assignmentId,
      direction: 'out',
    },
    [],
    incoming.report.rules.xsltVersie,
    false,
    true,
  );
  await tx
    .update(ijwMessage)
    .set({
      status: 'processed',
      retourMessageId: retour.id,
      assignmentId: judgement.assignmentId,
      summary: { ...judgement.summary, via: 'screen' },
    })
    .where(and(eq(ijwMessage.tenantId, actor.tenantId), eq(ijwMessage.id, incoming.id)));
  await sendAutoRefusals(tx, actor.tenantId, judgement.autoRefused);
  return judgement;
}

async function statusOf(tx: Executor, tenantId: string, ids: string[]) {
  if (ids.length === 0) return 'refused' as const;
  const rows = await tx
    .select({ status: assignmentRequest.status })
    .from(assignmentRequest)
    .where(and(eq(assignmentRequest.tenantId, tenantId), inArray(assignmentRequest.id, ids)));
  return rows.some((r) => r.status === 'open') ? ('open' as const) : ('refused' as const);
}

/** A ReferentieAanbieder for a request made on the screen (unique per provider, TR347). */
function providerReference(prefix: string) {
  return newIdentificatie(prefix);
}

export async function submitAssignmentRequest(
  db: Executor,
  actor: Actor,
  input: z.output<typeof AssignmentRequestInput>,
  ctx: RequestOrigin,
): Promise<RequestSubmitted> {
  const organisationId = providerOrganisationOf(actor);
  return inTransaction(db, async (tx) => {
    const [product] = await tx
      .select({ id: contractProduct.id, unit: contractProduct.unit })
      .from(contractProduct)
      .innerJoin(providerContract, contractOfProduct)
      .where(
        and(
          eq(contractProduct.tenantId, actor.tenantId),
          eq(contractProduct.id, input.contractProductId),
          eq(providerContract.organisationId, organisationId),
        ),
      )
      .limit(1);
    if (!product) throw new ProblemError('request_product_not_contracted');
    const now = new Date();
    const bericht = {
      Header: {
        ...headerDefaults('JW315'),
        Afzender: await agbOf(tx, actor.tenantId, organisationId),
        Ontvanger: actor.tenantId,
        BerichtIdentificatie: { Identificatie: newIdentificatie('VT'), Dagtekening: toIjwDatum(now) },
      },
      Client: {
        Bsn: input.bsn,
        Geboortedatum: { Datum: input.birthDate },
        Geslacht: '0',
        Naam: { Geslachtsnaam: { Achternaam: input.lastName } },
        AangevraagdeProducten: [
          {
            ReferentieAanbieder: providerReference('VOT'),
            Product: await productOf(tx, actor.tenantId, product.id),
            ToewijzingIngangsdatum: input.startDate,
            ToewijzingEinddatum: input.endDate,
            Omvang: { Volume: input.volume, Eenheid: product.unit as never, Frequentie: input.frequency },
            Verwijzer: {
              Type: input.referrerType,
              ...(input.referrerCode ? { ZorgverlenerCode: input.referrerCode } : {}),
            },
          },
        ],
      },
    } as Jw315Bericht;
    const receipt = { tenantId: actor.tenantId, organisationId, today: toIjwDatum(now) };
    const judgement = await receiveFromScreen(tx, actor, 'JW315', bericht, (incomingId) =>
      judgeAssignmentRequest(tx, { ...receipt, incomingId }, bericht),
    );
    await auditSubmit(tx, actor, ctx, judgement.requestIds[0] ?? null, {
      kind: 'toewijzing',
      matched: judgement.summary.clientMatched === true,
    });
    return {
      requestIds: judgement.requestIds,
      status: await statusOf(tx, actor.tenantId, judgement.requestIds),
      retourcodes: [],
    };
  });
}

export async function submitChangeRequest(
  db: Executor,
  actor: Actor,
  input: z.output<typeof ChangeRequestInput>,
  ctx: RequestOrigin,
): Promise<RequestSubmitted> {
  const organisationId = providerOrganisationOf(actor);
  return inTransaction(db, async (tx) => {
    const a = await lockAssignment(tx, actor.tenantId, input.assignmentId);
    if (!isIssuedTo(a, organisationId)) throw new ProblemError('not_found');
    const now = new Date();
    const today = toIjwDatum(now);
    if (a.status === 'stopped' || a.endDate < today) throw new ProblemError('request_change_invalid');
    // A change from today or earlier applies to the whole period (TR357); a later one from that date.
    if (input.desiredStart <= today && input.desiredStart !== a.startDate) {
      throw new ProblemError('request_change_invalid');
    }
    const bsn = (await bsnsOf(tx, actor.tenantId, [a.personId])).get(a.personId);
    if (!bsn) throw new ProblemError('assignment_bsn_missing');
    // TR349: every current assignment of this client with this provider is in the request.
    const others = await tx
      .select({ number: assignment.assignmentNumber, endDate: assignment.endDate, status: assignment.status })
      .from(assignment)
      .where(
        and(
          eq(assignment.tenantId, actor.tenantId),
          eq(assignment.organisationId, organisationId),
          eq(assignment.personId, a.personId),
          inArray(assignment.status, ['assigned', 'started']),
        ),
      )
      .limit(100);
    const unchanged = others
      .filter((o) => o.number !== a.assignmentNumber && o.endDate >= today)
      .map((o) => ({ ToewijzingNummer: o.number }));
    const bericht = {
      Header: {
        ...headerDefaults('JW317'),
        Afzender: await agbOf(tx, actor.tenantId, organisationId),
        Ontvanger: actor.tenantId,
        BerichtIdentificatie: { Identificatie: newIdentificatie('VW'), Dagtekening: today },
      },
      Client: {
        Bsn: bsn,
        Verzoek: {
          ReferentieAanbieder: providerReference('VOW'),
          RedenVerzoek: input.reason,
          ...(unchanged.length > 0 ? { OngewijzigdeProducten: unchanged } : {}),
          TeWijzigenProducten: [
            {
              ToewijzingNummer: a.assignmentNumber,
              GewensteIngangsdatum: input.desiredStart,
              Einddatum: input.endDate ?? a.endDate,
              Omvang: {
                Volume: input.volume ?? a.volume,
                Eenheid: a.unit as never,
                Frequentie: a.frequency as never,
              },
            },
          ],
        },
      },
    } as Jw317Bericht;
    const receipt = { tenantId: actor.tenantId, organisationId, today };
    const judgement = await receiveFromScreen(tx, actor, 'JW317', bericht, (incomingId) =>
      judgeChangeRequest(tx, { ...receipt, incomingId }, bericht),
    );
    await auditSubmit(tx, actor, ctx, judgement.requestIds[0] ?? null, {
      kind: 'wijziging',
      assignmentId: a.id,
    });
    return { requestIds: judgement.requestIds, status: 'open', retourcodes: [] };
  });
}

/** A provider's request from the screen in the audit log (the organisation always in the details). */
function auditSubmit(
  tx: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  requestId: string | null,
  details: Record<string, string | number | boolean>,
) {
  const withOrganisation = { organisationId: actor.organisationId, ...details };
  return auditProvider(
    tx,
    actor,
    ctx,
    'assignment_request.submit',
    requestId,
    withOrganisation,
    'assignment_request',
  );
}
