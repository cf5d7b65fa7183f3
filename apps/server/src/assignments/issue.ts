import type { Jw301Bericht, Jw301ToegewezenProduct } from '@een-plan/ijw';
import { headerDefaults, toIjwDatum, toIjwGeslacht, toIjwTijd } from '@een-plan/ijw';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { findClientWithAddress } from '../households/ijw-client.ts';
import { ProblemError } from '../http/problems.ts';
import { organisationAgbCode } from '../tenancy/organisations.ts';
import { lockAssignment } from './assignment-row.ts';
import { newIdentificatie, sendToProvider } from './messages.ts';
import { assignment, contractProduct } from './schema.ts';

/** Client data of the JW30x messages, from the person and household. */
export async function clientData(tx: Executor, tenantId: string, a: typeof assignment.$inferSelect) {
  const p = await findClientWithAddress(tx, tenantId, a.personId, a.householdId);
  if (!p) throw new ProblemError('not_found');
  if (!p.bsn) throw new ProblemError('assignment_bsn_missing');
  return p;
}

export async function agbOf(tx: Executor, tenantId: string, organisationId: string): Promise<string> {
  const agb = await organisationAgbCode(tx, tenantId, organisationId);
  if (!agb) throw new ProblemError('contract_no_agb_code');
  return agb;
}

/** The JW301 for an assignment; built from the stored assignment so it can be rebuilt identically. */
async function buildJw301(
  tx: Executor,
  tenantId: string,
  a: typeof assignment.$inferSelect,
  identificatie: string,
  now: Date,
  /** Other assignments of this client and provider that go in the same message (OP087). */
  others: Array<typeof assignment.$inferSelect> = [],
): Promise<Jw301Bericht> {
  const c = await clientData(tx, tenantId, a);
  const houseNumber = Number.parseInt(c.houseNumber, 10);
  const toegewezen: Jw301ToegewezenProduct[] = [];
  for (const x of [...others, a]) toegewezen.push(await toegewezenProduct(tx, tenantId, x, now));
  return {
    Header: {
      ...headerDefaults('JW301'),
      Afzender: tenantId,
      Ontvanger: await agbOf(tx, tenantId, a.organisationId),
      BerichtIdentificatie: { Identificatie: identificatie, Dagtekening: toIjwDatum(now) },
    },
    Client: {
      Bsn: c.bsn as string,
      Geboortedatum: { Datum: c.birthDate },
      Geslacht: toIjwGeslacht(c.sex),
      Naam: { Geslachtsnaam: { Achternaam: c.lastName }, Voornamen: c.firstName, NaamGebruik: '1' },
      Contactgegevens: [
        {
          Soort: '01',
          Adres: {
            ...(Number.isFinite(houseNumber) ? { Huis: { Huisnummer: houseNumber } } : {}),
            Postcode: c.postcode.replace(/\s+/g, '').toUpperCase(),
            Straatnaam: c.street,
            Plaatsnaam: c.city,
            LandCode: 'NL',
          },
        },
      ],
      ToegewezenProducten: toegewezen,
    },
  } as Jw301Bericht;
}

/** One ToegewezenProduct: with the provider's ReferentieAanbieder and the JZ002 RedenWijziging when set. */
async function toegewezenProduct(
  tx: Executor,
  tenantId: string,
  a: typeof assignment.$inferSelect,
  now: Date,
): Promise<Jw301ToegewezenProduct> {
  const [product] = await tx
    .select()
    .from(contractProduct)
    .where(and(eq(contractProduct.tenantId, tenantId), eq(contractProduct.id, a.contractProductId)))
    .limit(1);
  if (!product) throw new ProblemError('not_found');
  const taak = product.executionVariant === 'taakgericht';
  return {
    ToewijzingNummer: a.assignmentNumber,
    ...(a.providerReference ? { ReferentieAanbieder: a.providerReference } : {}),
    Product: taak
      ? { Categorie: product.productCategory as never }
      : { Categorie: product.productCategory as never, Code: product.productCode },
    Toewijzingsdatum: toIjwDatum(now),
    Toewijzingstijd: toIjwTijd(now),
    Ingangsdatum: a.startDate,
    Einddatum: a.endDate,
    ...(a.changeReason ? { RedenWijziging: a.changeReason as never } : {}),
    ...(taak
      ? { Budget: a.budgetCents }
      : { Omvang: { Volume: a.volume, Eenheid: a.unit as never, Frequentie: a.frequency as never } }),
  };
}

/**
 * The assignment is final: build the JW301, validate it (XSD + rules; refuse if invalid) and put it
 * in the outbox. Without a delivery URL the provider reads it in this product ("delivered
 * locally"); the provider side then acknowledges it with the JW302 retour.
 */
export async function issueAssignment(
  tx: Executor,
  tenantId: string,
  assignmentId: string,
  now: Date,
  /** Changed or current assignments of the same client and provider that go in the same JW301. */
  alsoAssignmentIds: string[] = [],
): Promise<string> {
  const a = await lockAssignment(tx, tenantId, assignmentId);
  const others: Array<typeof assignment.$inferSelect> = [];
  for (const id of alsoAssignmentIds) others.push(await lockAssignment(tx, tenantId, id));
  // A changed assignment is sent again: then its number and the clock may repeat, so a random one.
  const identificatie =
    alsoAssignmentIds.length > 0 || a.changeReason
      ? newIdentificatie('TW')
      : `TW${String(a.assignmentNumber).padStart(6, '0')}${Math.floor(now.getTime() / 1000) % 10_000}`;
  const bericht = await buildJw301(tx, tenantId, a, identificatie.slice(0, 12), now, others);
  await tx
    .update(assignment)
    .set({ assignedAt: now })
    .where(and(eq(assignment.tenantId, tenantId), eq(assignment.id, assignmentId)));
  const out = await sendToProvider(tx, {
    tenantId,
    type: 'JW301',
    bericht,
    receiver: bericht.Header.Ontvanger,
    assignmentId,
    summary: summaryOf('JW301', a),
  });
  return out.id;
}

export function summaryOf(
  type: string,
  a: typeof assignment.$inferSelect,
  extra: Record<string, unknown> = {},
) {
  // Identifiers and codes only: no names or BSN in the summary.
  return {
    type,
    assignmentNumber: a.assignmentNumber,
    personId: a.personId,
    volume: a.volume,
    unit: a.unit,
    frequency: a.frequency,
    startDate: a.startDate,
    endDate: a.endDate,
    budgetCents: a.budgetCents,
    ...extra,
  };
}
