import { randomUUID } from 'node:crypto';
import { IjwParseError, parseMessage, RETOUR_BERICHT, validateXml } from '@een-plan/ijw';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { ijwMessage } from './schema.ts';
import { reportJson } from './validation-report.ts';

interface Delivered {
  tenantId: string;
  id: string;
  messageType: string;
  receiver: string;
  berichtIdentificatie: string;
  assignmentId: string | null;
}

type DeliveryRetourOutcome = 'none' | 'stored' | 'invalid' | 'unexpected';

/**
 * A provider system answers a delivered heen message (JW301, JW319, …) with its retour message in
 * the HTTP response. It is stored as incoming, with its validation report, and linked to the heen
 * message; its retour codes tell the administrator what the provider rejected. A body that is not
 * the expected retour of this message from this receiver is not stored: the delivery still counts
 * (the message arrived) and the outcome says why nothing was linked.
 */
export async function storeDeliveryRetour(
  db: Db,
  heen: Delivered,
  body: string,
): Promise<DeliveryRetourOutcome> {
  // Any stored type is looked up: one that no retour answers (a retour itself, JW323) has none.
  const retourOf: Readonly<Record<string, string | undefined>> = RETOUR_BERICHT;
  const expected = retourOf[heen.messageType];
  if (!expected || body.trim() === '') return 'none';
  const report = await validateXml(body);
  let parsed: ReturnType<typeof parseMessage> | undefined;
  try {
    parsed = report.xsd.valid ? parseMessage(body) : undefined;
  } catch (e) {
    if (!(e instanceof IjwParseError)) throw e;
  }
  if (!parsed) return 'invalid';
  const header = (parsed.bericht as unknown as { Header: Record<string, unknown> }).Header;
  // A retour repeats the heen message's header: same parties, same BerichtIdentificatie.
  const answers = (header.BerichtIdentificatie as { Identificatie?: string } | undefined)?.Identificatie;
  if (
    parsed.type !== expected ||
    header.Afzender !== heen.tenantId ||
    header.Ontvanger !== heen.receiver ||
    answers !== heen.berichtIdentificatie
  ) {
    return 'unexpected';
  }
  const retourCodes = [...body.matchAll(/<(?:\w+:)?RetourCode>(\d{4})</g)].map((m) => m[1]);
  const identificatie = String(header.IdentificatieRetour ?? '');
  await db.transaction(async (tx) => {
    // A redelivered message gets the same retour again: link the one already stored.
    const [known] = await tx
      .select({ id: ijwMessage.id })
      .from(ijwMessage)
      .where(
        and(
          eq(ijwMessage.tenantId, heen.tenantId),
          eq(ijwMessage.direction, 'in'),
          eq(ijwMessage.sender, heen.receiver),
          eq(ijwMessage.berichtIdentificatie, identificatie),
        ),
      )
      .limit(1);
    const id = known?.id ?? randomUUID();
    if (!known)
      await tx.insert(ijwMessage).values({
        tenantId: heen.tenantId,
        id,
        direction: 'in',
        messageType: parsed.type,
        berichtIdentificatie: identificatie,
        sender: heen.receiver,
        receiver: heen.tenantId,
        assignmentId: heen.assignmentId,
        xml: body,
        summary: {
          answers: heen.id,
          retourcodes: retourCodes,
          accepted: retourCodes.length === 0 && report.valid,
          via: 'http',
        },
        validation: reportJson(report),
        status: report.valid ? 'processed' : 'rejected',
        createdAt: new Date(),
      });
    await tx
      .update(ijwMessage)
      .set({ retourMessageId: id })
      .where(and(eq(ijwMessage.tenantId, heen.tenantId), eq(ijwMessage.id, heen.id)));
  });
  return 'stored';
}
