import { randomUUID } from 'node:crypto';
import type { IjwRefusalReason } from '@een-plan/contracts';
import type { Jw315Bericht, Jw317Bericht, LDT_RetourCode, RetourFinding } from '@een-plan/ijw';
import { and, eq, gte, inArray, isNull, ne, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { findCurrentMemberByBsn, findPersonIdByBsn } from '../households/ijw-client.ts';
import { contractOfProduct } from './assignment-row.ts';
import { assignmentRequest, type RequestedChange } from './requests-schema.ts';
import { assignment, contractProduct, providerContract } from './schema.ts';

/** What the municipality concluded about one incoming JW315/JW317 (level 3/4). */
export interface RequestJudgement {
  findings: RetourFinding[];
  /** Requests stored (open, or refused at once: those need a JW319 after the retour). */
  requestIds: string[];
  autoRefused: Array<{ requestId: string; reason: IjwRefusalReason; autoRefusal: string }>;
  assignmentId: string | null;
  summary: Record<string, unknown>;
}

interface Receipt {
  tenantId: string;
  organisationId: string;
  incomingId: string;
  today: string;
}

/** Whether this provider already has a request that meets `condition`. */
async function providerHasRequest(tx: Executor, r: Receipt, condition: SQL | undefined) {
  const [row] = await tx
    .select({ id: assignmentRequest.id })
    .from(assignmentRequest)
    .where(
      and(
        eq(assignmentRequest.tenantId, r.tenantId),
        eq(assignmentRequest.organisationId, r.organisationId),
        condition,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** TR347: the provider's reference is used already. */
function referenceTaken(tx: Executor, r: Receipt, reference: string) {
  return providerHasRequest(tx, r, eq(assignmentRequest.providerReference, reference));
}

/** TR374: a request of this provider for this client is still open. */
function pendingFor(tx: Executor, r: Receipt, personId: string) {
  return providerHasRequest(
    tx,
    r,
    and(eq(assignmentRequest.personId, personId), eq(assignmentRequest.status, 'open')),
  );
}

/** The contracted product of this provider with this category and code (TR381: else S329). */
async function contractedProduct(
  tx: Executor,
  tenantId: string,
  organisationId: string,
  product: { Categorie?: string; Code?: string } | undefined,
) {
  if (!product?.Categorie) return null;
  const rows = await tx
    .select({
      id: contractProduct.id,
      code: contractProduct.productCode,
      unit: contractProduct.unit,
      validFrom: providerContract.validFrom,
      validUntil: providerContract.validUntil,
    })
    .from(contractProduct)
    .innerJoin(providerContract, contractOfProduct)
    .where(
      and(
        eq(contractProduct.tenantId, tenantId),
        eq(providerContract.organisationId, organisationId),
        eq(contractProduct.productCategory, product.Categorie),
      ),
    )
    .limit(100);
  const matching = rows.filter((p) => (product.Code ? p.code === product.Code : rows.length === 1));
  return matching[0] ?? null;
}

/**
 * JW315: per AangevraagdProduct the level 3/4 checks (9347 reference not unique, 9374 a request
 * for this client still open, S329 product not in the provider's product list — its contract).
 * Products that pass are stored as requests; those that cannot be granted at all (client not a
 * resident, period outside the contract, no volume) are refused at once with a JW319 afterwards.
 */
export async function judgeAssignmentRequest(
  tx: Executor,
  r: Receipt,
  bericht: Jw315Bericht,
): Promise<RequestJudgement> {
  const client = bericht.Client;
  const match = await findCurrentMemberByBsn(tx, r.tenantId, client.Bsn, client.Geboortedatum.Datum ?? null);
  const pending = match ? await pendingFor(tx, r, match.personId) : false;
  const findings: RetourFinding[] = [];
  const requestIds: string[] = [];
  const autoRefused: RequestJudgement['autoRefused'] = [];
  const seen = new Set<string>();
  for (const [i, p] of client.AangevraagdeProducten.entries()) {
    const path = `Client/AangevraagdeProducten/AangevraagdProduct[${i + 1}]`;
    const codes: LDT_RetourCode[] = [];
    if (seen.has(p.ReferentieAanbieder) || (await referenceTaken(tx, r, p.ReferentieAanbieder))) {
      codes.push('9347');
    }
    seen.add(p.ReferentieAanbieder);
    if (pending) codes.push('9374');
    const product = await contractedProduct(tx, r.tenantId, r.organisationId, p.Product);
    if (!product) codes.push('S329');
    if (codes.length > 0 || !product) {
      findings.push({ path, codes });
      continue;
    }
    const start = p.ToewijzingIngangsdatum;
    const end = p.ToewijzingEinddatum ?? null;
    const refusal = !match
      ? 'client_unknown'
      : !p.Omvang
        ? 'no_volume'
        : start < product.validFrom ||
            (product.validUntil !== null && (end === null || end > product.validUntil))
          ? 'outside_contract'
          : null;
    const id = randomUUID();
    await tx.insert(assignmentRequest).values({
      tenantId: r.tenantId,
      id,
      kind: 'toewijzing',
      organisationId: r.organisationId,
      incomingMessageId: r.incomingId,
      providerReference: p.ReferentieAanbieder,
      personId: match?.personId ?? null,
      householdId: match?.householdId ?? null,
      contractProductId: product.id,
      volume: p.Omvang?.Volume ?? null,
      unit: p.Omvang?.Eenheid ?? product.unit,
      frequency: p.Omvang?.Frequentie ?? null,
      startDate: start,
      endDate: end,
      referrerType: p.Verwijzer.Type,
      referrerCode: p.Verwijzer.ZorgverlenerCode ?? null,
      status: 'open',
      createdAt: new Date(),
    });
    requestIds.push(id);
    if (refusal) {
      autoRefused.push({
        requestId: id,
        reason: refusal === 'client_unknown' ? '5' : '4',
        autoRefusal: refusal,
      });
    }
  }
  return {
    findings,
    requestIds,
    autoRefused,
    assignmentId: null,
    summary: {
      type: 'JW315',
      clientMatched: match !== null,
      personId: match?.personId ?? null,
      products: client.AangevraagdeProducten.map((p) => ({
        referentieAanbieder: p.ReferentieAanbieder,
        category: p.Product?.Categorie ?? null,
        code: p.Product?.Code ?? null,
        ingangsdatum: p.ToewijzingIngangsdatum,
        verwijzerType: p.Verwijzer.Type,
      })),
      requests: requestIds.length,
    },
  };
}

/** The provider's current assignments for a person (TR349: valid on or after today, not removed). */
async function currentAssignments(tx: Executor, r: Receipt, personId: string) {
  return tx
    .select()
    .from(assignment)
    .where(
      and(
        eq(assignment.tenantId, r.tenantId),
        eq(assignment.organisationId, r.organisationId),
        eq(assignment.personId, personId),
        inArray(assignment.status, ['assigned', 'started']),
        gte(assignment.endDate, r.today),
        or(isNull(assignment.changeReason), ne(assignment.changeReason, '13')),
      ),
    )
    .limit(100);
}

/**
 * JW317: 9347 reference not unique, 9374 a request still open, 9349 not every current assignment
 * listed, 9350/9351 an unchanged/changed product that is no current assignment, 9357 a change
 * that starts today or earlier but not on the assignment's own start date. NieuweProducten are
 * answered with S329 (a new product is asked with a JW315 here). A message that passes is stored
 * as one open request.
 */
export async function judgeChangeRequest(
  tx: Executor,
  r: Receipt,
  bericht: Jw317Bericht,
): Promise<RequestJudgement> {
  const verzoek = bericht.Client.Verzoek;
  const dagtekening = bericht.Header.BerichtIdentificatie.Dagtekening;
  const personId = await findPersonIdByBsn(tx, r.tenantId, bericht.Client.Bsn);
  const current = personId ? await currentAssignments(tx, r, personId) : [];
  const byNumber = new Map(current.map((a) => [a.assignmentNumber, a]));
  const findings: RetourFinding[] = [];
  const verzoekCodes: LDT_RetourCode[] = [];
  if (await referenceTaken(tx, r, verzoek.ReferentieAanbieder)) verzoekCodes.push('9347');
  if (personId && (await pendingFor(tx, r, personId))) verzoekCodes.push('9374');
  const listed = new Set<number>();
  for (const [j, o] of (verzoek.OngewijzigdeProducten ?? []).entries()) {
    listed.add(o.ToewijzingNummer);
    if (!byNumber.has(o.ToewijzingNummer)) {
      findings.push({
        path: `Client/Verzoek/OngewijzigdeProducten/OngewijzigdProduct[${j + 1}]`,
        codes: ['9350'],
      });
    }
  }
  const changed: RequestedChange['changed'] = [];
  for (const [k, c] of (verzoek.TeWijzigenProducten ?? []).entries()) {
    listed.add(c.ToewijzingNummer);
    const path = `Client/Verzoek/TeWijzigenProducten/TeWijzigenProduct[${k + 1}]`;
    const a = byNumber.get(c.ToewijzingNummer);
    if (!a) {
      findings.push({ path, codes: ['9351'] });
      continue;
    }
    if (c.GewensteIngangsdatum <= dagtekening && c.GewensteIngangsdatum !== a.startDate) {
      findings.push({ path, codes: ['9357'] });
      continue;
    }
    changed.push({
      assignmentId: a.id,
      assignmentNumber: a.assignmentNumber,
      desiredStart: c.GewensteIngangsdatum,
      endDate: c.Einddatum ?? null,
      volume: c.Omvang?.Volume ?? null,
      unit: c.Omvang?.Eenheid ?? null,
      frequency: c.Omvang?.Frequentie ?? null,
    });
  }
  for (const [n] of (verzoek.NieuweProducten ?? []).entries()) {
    findings.push({ path: `Client/Verzoek/NieuweProducten/NieuwProduct[${n + 1}]`, codes: ['S329'] });
  }
  if (current.some((a) => !listed.has(a.assignmentNumber))) verzoekCodes.push('9349');
  if (verzoekCodes.length > 0) {
    findings.push({ path: 'Client/Verzoek', codes: verzoekCodes });
  }
  const first = changed[0] ? byNumber.get(changed[0].assignmentNumber) : undefined;
  const summary = {
    type: 'JW317',
    redenVerzoek: verzoek.RedenVerzoek,
    referentieAanbieder: verzoek.ReferentieAanbieder,
    changed: changed.map((c) => ({ assignmentNumber: c.assignmentNumber, desiredStart: c.desiredStart })),
    unchanged: (verzoek.OngewijzigdeProducten ?? []).map((o) => o.ToewijzingNummer),
  };
  if (findings.length > 0 || !first || !personId) {
    if (findings.length === 0) {
      // Nothing to change at all: the verzoek relates to no current assignment.
      findings.push({ path: 'Client/Verzoek', codes: ['9351'] });
    }
    return { findings, requestIds: [], autoRefused: [], assignmentId: first?.id ?? null, summary };
  }
  const id = randomUUID();
  await tx.insert(assignmentRequest).values({
    tenantId: r.tenantId,
    id,
    kind: 'wijziging',
    organisationId: r.organisationId,
    incomingMessageId: r.incomingId,
    providerReference: verzoek.ReferentieAanbieder,
    personId,
    householdId: first.householdId,
    contractProductId: first.contractProductId,
    requestReason: verzoek.RedenVerzoek,
    assignmentId: first.id,
    changes: { changed, unchanged: (verzoek.OngewijzigdeProducten ?? []).map((o) => o.ToewijzingNummer) },
    status: 'open',
    createdAt: new Date(),
  });
  return { findings, requestIds: [id], autoRefused: [], assignmentId: first.id, summary };
}
