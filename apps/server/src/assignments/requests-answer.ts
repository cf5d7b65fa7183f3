import type { IjwRefusalReason } from '@een-plan/contracts';
import type { Jw319Bericht } from '@een-plan/ijw';
import { headerDefaults, toIjwDatum } from '@een-plan/ijw';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { newIdentificatie, sendToProvider } from './messages.ts';
import { assignmentRequest } from './requests-schema.ts';
import { agbOf } from './service.ts';

type RequestRow = typeof assignmentRequest.$inferSelect;

/**
 * The JW319 antwoordbericht: the request is refused (WJ760 1) with a WJ759 reason (and, for the
 * woonplaatsbeginsel, the responsible municipality). It goes into the outbox; without a delivery
 * URL the provider reads it in this product and answers with the JW320 retour, stored and linked
 * like the JW302 for a JW301.
 */
async function sendRefusal(
  tx: Executor,
  request: RequestRow,
  refusal: { reason: IjwRefusalReason; municipality: string | null },
  now: Date,
): Promise<string> {
  const tenantId = request.tenantId;
  const receiver = await agbOf(tx, tenantId, request.organisationId);
  const bericht: Jw319Bericht = {
    Header: {
      ...headerDefaults('JW319'),
      Afzender: tenantId,
      Ontvanger: receiver,
      BerichtIdentificatie: { Identificatie: newIdentificatie('AW'), Dagtekening: toIjwDatum(now) },
    },
    Antwoord: {
      ReferentieAanbieder: request.providerReference,
      VerzoekAntwoord: '1',
      RedenAfwijzingVerzoek: refusal.reason as never,
      ...(refusal.reason === '8' && refusal.municipality
        ? { Woonplaatsbeginsel: { Gemeente: refusal.municipality } }
        : {}),
    },
  } as Jw319Bericht;
  const out = await sendToProvider(tx, {
    tenantId,
    type: 'JW319',
    bericht,
    receiver,
    assignmentId: request.assignmentId,
    summary: {
      type: 'JW319',
      requestId: request.id,
      referentieAanbieder: request.providerReference,
      verzoekAntwoord: '1',
      redenAfwijzing: refusal.reason,
    },
  });
  return out.id;
}

/** Marks a request refused and sends the JW319. */
export async function refuseRequest(
  tx: Executor,
  request: RequestRow,
  refusal: { reason: IjwRefusalReason; municipality: string | null; autoRefusal?: string },
  decidedBy: string | null,
  now: Date,
): Promise<string> {
  const answerId = await sendRefusal(tx, request, refusal, now);
  await tx
    .update(assignmentRequest)
    .set({
      status: 'refused',
      refusalReason: refusal.reason,
      refusalMunicipality: refusal.reason === '8' ? refusal.municipality : null,
      autoRefusal: refusal.autoRefusal ?? null,
      answerMessageId: answerId,
      decidedBy,
      decidedAt: now,
      version: request.version + 1,
    })
    .where(and(eq(assignmentRequest.tenantId, request.tenantId), eq(assignmentRequest.id, request.id)));
  return answerId;
}

/** The requests refused at once on receipt (client unknown, outside the contract): JW319 each. */
export async function sendAutoRefusals(
  tx: Executor,
  tenantId: string,
  refusals: Array<{ requestId: string; reason: IjwRefusalReason; autoRefusal: string }>,
): Promise<void> {
  for (const r of refusals) {
    const [row] = await tx
      .select()
      .from(assignmentRequest)
      .where(and(eq(assignmentRequest.tenantId, tenantId), eq(assignmentRequest.id, r.requestId)))
      .limit(1);
    if (!row) continue;
    await refuseRequest(
      tx,
      row,
      { reason: r.reason, municipality: null, autoRefusal: r.autoRefusal },
      null,
      new Date(),
    );
  }
}
