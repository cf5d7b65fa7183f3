import type {
  AssignmentRequest,
  AssignmentRequestDecision,
  AssignmentRequestInput,
  ChangeRequestInput,
  ProviderRequestOverview,
  RequestSubmitted,
} from '@een-plan/contracts';
import {
  headerDefaults,
  type Jw315Bericht,
  type Jw317Bericht,
  type RetourFinding,
  toIjwDatum,
} from '@een-plan/ijw';
import { and, desc, eq, inArray, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { recordAudit, recordAuditMany } from '../audit/record.ts';
import { type Db, type Executor, inTransaction } from '../db/database.ts';
import { findHouseholdFacts } from '../households/membership.ts';
import { household, person } from '../households/schema.ts';
import type { ProblemCode } from '../http/problem-catalog.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/authorize.ts';
import { decideRequest, listsOwnHouseholdRequests } from '../policy/decide-request.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { area, organisation } from '../tenancy/schema.ts';
import { answerWithRetour, buildValidateStore, newIdentificatie } from './messages.ts';
import { isIssuedTo } from './provider-visibility.ts';
import { refuseRequest, sendAutoRefusals } from './requests-answer.ts';
import { grantAssignmentRequest, grantChangeRequest } from './requests-grant.ts';
import { judgeAssignmentRequest, judgeChangeRequest, type RequestJudgement } from './requests-receive.ts';
import { assignmentRequest } from './requests-schema.ts';
import { assignment, contractProduct, ijwMessage, providerContract } from './schema.ts';
import { agbOf, lockAssignment, productOf } from './service.ts';

const granted = alias(assignment, 'granted_assignment');

function selectRequests(db: Executor) {
  return db
    .select({
      r: assignmentRequest,
      organisationName: organisation.name,
      householdName: household.name,
      personFirstName: person.firstName,
      productName: contractProduct.name,
      productCategory: contractProduct.productCategory,
      productCode: contractProduct.productCode,
      grantedNumber: granted.assignmentNumber,
    })
    .from(assignmentRequest)
    .innerJoin(
      organisation,
      and(
        eq(organisation.tenantId, assignmentRequest.tenantId),
        eq(organisation.id, assignmentRequest.organisationId),
      ),
    )
    .leftJoin(
      household,
      and(
        eq(household.tenantId, assignmentRequest.tenantId),
        eq(household.id, assignmentRequest.householdId),
      ),
    )
    .leftJoin(
      person,
      and(eq(person.tenantId, assignmentRequest.tenantId), eq(person.id, assignmentRequest.personId)),
    )
    .leftJoin(
      contractProduct,
      and(
        eq(contractProduct.tenantId, assignmentRequest.tenantId),
        eq(contractProduct.id, assignmentRequest.contractProductId),
      ),
    )
    .leftJoin(
      granted,
      and(
        eq(granted.tenantId, assignmentRequest.tenantId),
        eq(granted.id, assignmentRequest.grantedAssignmentId),
      ),
    );
}

type Row = Awaited<ReturnType<ReturnType<typeof selectRequests>['limit']>>[number];

function toRequest(row: Row, opts: { householdName: boolean }): AssignmentRequest {
  const r = row.r;
  return {
    id: r.id,
    kind: r.kind as AssignmentRequest['kind'],
    status: r.status as AssignmentRequest['status'],
    providerReference: r.providerReference,
    organisationId: r.organisationId,
    organisationName: row.organisationName,
    householdId: opts.householdName ? r.householdId : null,
    householdName: opts.householdName ? row.householdName : null,
    personId: r.personId,
    personFirstName: row.personFirstName,
    productName: row.productName,
    productCategory: row.productCategory,
    productCode: row.productCode,
    volume: r.volume,
    unit: r.unit,
    frequency: r.frequency,
    startDate: r.startDate,
    endDate: r.endDate,
    referrerType: r.referrerType,
    referrerCode: r.referrerCode,
    requestReason: r.requestReason,
    assignmentId: r.assignmentId,
    changes: r.changes?.changed ?? [],
    refusalReason: r.refusalReason as AssignmentRequest['refusalReason'],
    refusalMunicipality: r.refusalMunicipality,
    autoRefusal: r.autoRefusal,
    grantedAssignmentId: r.grantedAssignmentId,
    grantedAssignmentNumber: row.grantedNumber,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    version: r.version,
  };
}

// ---------------------------------------------------------------------------------------------
// Provider: submit from the screen (the same judgement as a JW315/JW317 over HTTP)

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
  if (!actor.organisationId) throw new ProblemError('forbidden');
  const organisationId = actor.organisationId;
  return inTransaction(db, async (tx) => {
    const [product] = await tx
      .select({ id: contractProduct.id, unit: contractProduct.unit })
      .from(contractProduct)
      .innerJoin(
        providerContract,
        and(
          eq(providerContract.tenantId, contractProduct.tenantId),
          eq(providerContract.id, contractProduct.contractId),
        ),
      )
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
    await auditProvider(tx, actor, ctx, 'assignment_request.submit', judgement.requestIds[0] ?? null, {
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
  if (!actor.organisationId) throw new ProblemError('forbidden');
  const organisationId = actor.organisationId;
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
    const [client] = await tx
      .select({ bsn: person.bsn })
      .from(person)
      .where(and(eq(person.tenantId, actor.tenantId), eq(person.id, a.personId)))
      .limit(1);
    if (!client?.bsn) throw new ProblemError('assignment_bsn_missing');
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
        Bsn: client.bsn,
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
    await auditProvider(tx, actor, ctx, 'assignment_request.submit', judgement.requestIds[0] ?? null, {
      kind: 'wijziging',
      assignmentId: a.id,
    });
    return { requestIds: judgement.requestIds, status: 'open', retourcodes: [] };
  });
}

async function auditProvider(
  tx: Executor,
  actor: Actor,
  ctx: RequestOrigin,
  action: string,
  requestId: string | null,
  details: Record<string, string | number | boolean | null>,
) {
  await recordAudit(tx, {
    tenantId: actor.tenantId,
    actor,
    action,
    outcome: 'success',
    subjectType: 'assignment_request',
    ...(requestId ? { subjectId: requestId } : {}),
    dataCategory: 'assignment',
    purpose: 'youth_care_delivery',
    ...ctx,
    details: { organisationId: actor.organisationId, ...details },
  });
}

/** The provider's own requests and the products of its contracts. */
export async function providerRequestOverview(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
): Promise<ProviderRequestOverview> {
  if (!actor.organisationId) throw new ProblemError('forbidden');
  const rows = await selectRequests(db)
    .where(
      and(
        eq(assignmentRequest.tenantId, actor.tenantId),
        eq(assignmentRequest.organisationId, actor.organisationId),
      ),
    )
    .orderBy(desc(assignmentRequest.createdAt))
    .limit(200);
  await recordAuditMany(
    db,
    rows.map((r) => ({
      tenantId: actor.tenantId,
      actor,
      action: 'assignment_request.read',
      outcome: 'success' as const,
      subjectType: 'assignment_request',
      subjectId: r.r.id,
      dataCategory: 'assignment',
      purpose: 'youth_care_delivery',
      ...ctx,
      details: { organisationId: actor.organisationId },
    })),
  );
  const products = await db
    .select({
      id: contractProduct.id,
      name: contractProduct.name,
      productCategory: contractProduct.productCategory,
      productCode: contractProduct.productCode,
      unit: contractProduct.unit,
      executionVariant: contractProduct.executionVariant,
    })
    .from(contractProduct)
    .innerJoin(
      providerContract,
      and(
        eq(providerContract.tenantId, contractProduct.tenantId),
        eq(providerContract.id, contractProduct.contractId),
      ),
    )
    .where(
      and(
        eq(contractProduct.tenantId, actor.tenantId),
        eq(providerContract.organisationId, actor.organisationId),
      ),
    )
    .limit(500);
  return {
    // The provider sees its own request and the first name once matched, not the household.
    requests: rows.map((r) => toRequest(r, { householdName: false })),
    products: products as ProviderRequestOverview['products'],
  };
}

// ---------------------------------------------------------------------------------------------
// The team: list, read, decide

async function authorizeRequest(
  tx: Executor,
  actor: Actor,
  request: typeof assignmentRequest.$inferSelect,
  action: 'request.read' | 'request.decide',
  ctx: RequestOrigin,
) {
  const { householdId } = request;
  const { facts } = await authorize(tx, actor, ctx, {
    load: () => (householdId ? findHouseholdFacts(tx, actor.tenantId, householdId) : Promise.resolve(null)),
    decide: (facts) => decideRequest(actor, action, { tenantId: actor.tenantId, ...facts }),
    attempt: {
      action: action === 'request.read' ? 'assignment_request.read' : 'assignment_request.decide',
      subjectType: 'assignment_request',
      subjectId: request.id,
      dataCategory: 'assignment',
      purpose: 'youth_care_assignment',
    },
    // Not the team's request: "not found", like another team's household.
    answer: 'not_found',
  });
  return facts;
}

/** The requests for clients of the actor's team (or own households), newest first. */
export async function listTeamRequests(
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  query: { status?: 'open' | 'granted' | 'refused'; limit: number; offset: number },
): Promise<AssignmentRequest[]> {
  const ofTeam = actor.teamId ? eq(area.teamId, actor.teamId) : undefined;
  const own = listsOwnHouseholdRequests(actor) ? eq(household.coordinatorId, actor.userId) : undefined;
  const scope = ofTeam && own ? or(ofTeam, own) : (ofTeam ?? own);
  if (!scope) return [];
  const rows = await selectRequests(db)
    .leftJoin(area, and(eq(area.tenantId, household.tenantId), eq(area.id, household.areaId)))
    .where(
      and(
        eq(assignmentRequest.tenantId, actor.tenantId),
        scope,
        ...(query.status ? [eq(assignmentRequest.status, query.status)] : []),
      ),
    )
    .orderBy(desc(assignmentRequest.createdAt))
    .limit(query.limit)
    .offset(query.offset);
  await recordAudit(db, {
    tenantId: actor.tenantId,
    actor,
    action: 'assignment_request.list',
    outcome: 'success',
    subjectType: 'assignment_request',
    dataCategory: 'assignment',
    purpose: 'youth_care_assignment',
    ...ctx,
    details: { count: rows.length, status: query.status ?? null },
  });
  return rows.map((r) => toRequest(r, { householdName: true }));
}

async function loadRequest(tx: Executor, tenantId: string, id: string, lock: boolean) {
  const q = tx
    .select()
    .from(assignmentRequest)
    .where(and(eq(assignmentRequest.tenantId, tenantId), eq(assignmentRequest.id, id)))
    .limit(1);
  const [row] = lock ? await q.for('update') : await q;
  if (!row) throw new ProblemError('not_found');
  return row;
}

export async function getTeamRequest(
  db: Db,
  actor: Actor,
  id: string,
  ctx: RequestOrigin,
): Promise<AssignmentRequest> {
  const request = await loadRequest(db, actor.tenantId, id, false);
  await authorizeRequest(db, actor, request, 'request.read', ctx);
  const [row] = await selectRequests(db)
    .where(and(eq(assignmentRequest.tenantId, actor.tenantId), eq(assignmentRequest.id, id)))
    .limit(1);
  if (!row) throw new ProblemError('not_found');
  await recordAudit(db, {
    tenantId: actor.tenantId,
    actor,
    action: 'assignment_request.read',
    outcome: 'success',
    subjectType: 'assignment_request',
    subjectId: id,
    dataCategory: 'assignment',
    purpose: 'youth_care_assignment',
    ...ctx,
    details: { householdId: request.householdId },
  });
  return toRequest(row, { householdName: true });
}

/** Grant (assignment + JW301 with the ReferentieAanbieder) or refuse (JW319) a request. */
export async function decideTeamRequest(
  db: Executor,
  actor: Actor,
  id: string,
  input: z.output<typeof AssignmentRequestDecision>,
  ctx: RequestOrigin,
  opts: { now?: Date } = {},
): Promise<{ status: 'granted' | 'refused'; assignmentId: string | null }> {
  return inTransaction(db, async (tx) => {
    const request = await loadRequest(tx, actor.tenantId, id, true);
    const facts = await authorizeRequest(tx, actor, request, 'request.decide', ctx);
    if (request.status !== 'open') throw new ProblemError('request_not_open');
    if (request.version !== input.version) {
      throw new ProblemError('version_conflict', undefined, undefined, request.version);
    }
    const now = opts.now ?? new Date();
    let assignmentId: string | null = null;
    if (input.decision === 'grant') {
      const result =
        request.kind === 'toewijzing'
          ? await grantAssignmentRequest(tx, actor, request, facts.memberPersonIds, now)
          : await grantChangeRequest(tx, actor, request, now);
      assignmentId = result.assignmentId;
      await tx
        .update(assignmentRequest)
        .set({
          status: 'granted',
          grantedAssignmentId: result.assignmentId,
          answerMessageId: result.messageId,
          decidedBy: actor.userId,
          decidedAt: now,
          version: request.version + 1,
        })
        .where(and(eq(assignmentRequest.tenantId, actor.tenantId), eq(assignmentRequest.id, id)));
    } else {
      await refuseRequest(
        tx,
        request,
        { reason: input.reason as string, municipality: input.municipality },
        actor.userId,
        now,
      );
    }
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: 'assignment_request.decide',
      outcome: 'success',
      subjectType: 'assignment_request',
      subjectId: id,
      dataCategory: 'assignment',
      purpose: 'youth_care_assignment',
      ...ctx,
      details: {
        decision: input.decision,
        kind: request.kind,
        reason: input.reason,
        assignmentId,
        householdId: request.householdId,
      },
    });
    return { status: input.decision === 'grant' ? 'granted' : 'refused', assignmentId };
  });
}
