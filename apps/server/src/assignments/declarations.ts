import { randomUUID } from 'node:crypto';
import type { DeclarationOutcome, DeclarationStatus, IjwMessageStatus } from '@een-plan/contracts';
import {
  buildDeclaratieAntwoord,
  type Jw323Bericht,
  type Jw323Prestatie,
  type LDT_RetourCode,
  type PrestatieAfwijzing,
  toIjwDatum,
} from '@een-plan/ijw';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { bsnsOf } from '../households/home-queries.ts';
import { declaration, declarationLine } from './declarations-schema.ts';
import { buildValidateStore, newIdentificatie, type StoredMessage } from './messages.ts';
import { assignment, contractProduct } from './schema.ts';
import { periodsIn } from './service.ts';

/**
 * The municipality's judgement of a declaratie (JW323), prestatie by prestatie, against the
 * assignments (toewijzingen), the contract and earlier declarations — the level 3/4 checks of the
 * iJw rules, each rejection with its WJ001 retourcode:
 *
 * - Header: Dagtekening after today (TR135 → 8848): the whole message.
 * - Declaratie: DeclaratieNummer used before by this provider (TR333 → 9333): the whole declaration.
 * - Prestatie:
 *   - ReferentieNummer used before by this provider, in this or an earlier message (TR314 → 8021);
 *   - no assignment of this provider with the ToewijzingNummer, or one never issued (TR338 → 9338);
 *   - the prestatie's Bsn is not the assignment's youth (TR304 → 8187);
 *   - ProductCategorie / ProductCode / Eenheid differ from the assignment (TR339/340/341 → 9339/9340/9341);
 *   - ProductTarief differs from the contract tariff (TR418 → 0611);
 *   - IngediendBedrag ≠ GeleverdVolume × ProductTarief, unless the unit is euro (TR346 → 9346);
 *   - the period begins before the assignment's Ingangsdatum or before the reported start (JW305), or
 *     the care has not started at all (TR307 → 9307); it ends after the Einddatum or the reported
 *     stop (JW307) (TR308 → 9308);
 *   - the period is not the calendar month, cut only where the care began or ended in that month
 *     (TR387 → 9387, TR388 → 9388);
 *   - debet: a debet for the same assignment, product and period exists without a credit
 *     (TR389 → 9389); the volume exceeds what was assigned for the period (TR321 → 9321) or what
 *     remains of the assigned volume over the whole assignment (TR322 → 9322);
 *   - credit: no approved debet with the VorigReferentieNummer (TR323 → 8017), or that debet was
 *     credited already (TR390 → 9390).
 *
 * Answered with the JW325 (buildDeclaratieAntwoord): 8001 when every prestatie is approved,
 * otherwise the rejected prestaties with their codes. Checks done by the official rules XSLT
 * (controleniveau 2, e.g. TR319, TR358) never reach this code: those messages get 0001.
 */

type Code = LDT_RetourCode;

interface AssignmentFacts {
  id: string;
  assignmentNumber: number;
  bsn: string | null;
  productCategory: string;
  productCode: string;
  executionVariant: string;
  tariffCents: number;
  unit: string;
  volume: number;
  frequency: string;
  startDate: string;
  endDate: string;
  startedOn: string | null;
  stoppedOn: string | null;
}

/** A line as the checks see it: stored earlier, or approved earlier in the same message. */
interface KnownLine {
  assignmentId: string | null;
  referenceNumber: string;
  previousReferenceNumber: string | null;
  productCategory: string;
  productCode: string | null;
  periodStart: string;
  periodEnd: string;
  volume: number;
  debitCredit: string;
  status: string;
}

export interface JudgeDeclarationInput {
  tenantId: string;
  organisationId: string;
  bericht: Jw323Bericht;
  /** The stored incoming JW323. */
  incomingId: string;
  xsltVersie: string | undefined;
  /** Status of the stored JW325: `delivered` when it goes back in the HTTP response. */
  answerStatus: IjwMessageStatus;
  now: Date;
}

export interface DeclarationJudgement {
  outcome: DeclarationOutcome;
  answer: StoredMessage;
  /** The assignments the approved and rejected lines are about (first one links the messages). */
  assignmentIds: string[];
  /** Rejected prestaties as paths in the JW323 with their codes (empty = all approved). */
  rejected: Array<{ path: string; codes: Code[] }>;
}

export function monthStartOf(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

export function monthEndOf(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${day.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

const maxDate = (a: string, b: string) => (a > b ? a : b);
const minDate = (a: string, b: string) => (a < b ? a : b);

/** The days the assignment covers care: from the later of Ingangsdatum and start to the earlier of Einddatum and stop. */
export function carePeriod(a: {
  startDate: string;
  endDate: string;
  startedOn: string | null;
  stoppedOn: string | null;
}): { start: string; end: string } | null {
  if (!a.startedOn) return null;
  return {
    start: maxDate(a.startDate, a.startedOn),
    end: a.stoppedOn ? minDate(a.endDate, a.stoppedOn) : a.endDate,
  };
}

const signed = (amount: number, dc: string) => (dc === 'C' ? -amount : amount);

async function loadAssignments(
  tx: Executor,
  tenantId: string,
  organisationId: string,
  numbers: number[],
): Promise<Map<number, AssignmentFacts>> {
  if (numbers.length === 0) return new Map();
  const rows = await tx
    .select({
      id: assignment.id,
      assignmentNumber: assignment.assignmentNumber,
      status: assignment.status,
      personId: assignment.personId,
      productCategory: contractProduct.productCategory,
      productCode: contractProduct.productCode,
      executionVariant: contractProduct.executionVariant,
      tariffCents: contractProduct.tariffCents,
      unit: assignment.unit,
      volume: assignment.volume,
      frequency: assignment.frequency,
      startDate: assignment.startDate,
      endDate: assignment.endDate,
      startedOn: assignment.startedOn,
      stoppedOn: assignment.stoppedOn,
    })
    .from(assignment)
    .innerJoin(
      contractProduct,
      and(
        eq(contractProduct.tenantId, assignment.tenantId),
        eq(contractProduct.id, assignment.contractProductId),
      ),
    )
    .where(
      and(
        eq(assignment.tenantId, tenantId),
        eq(assignment.organisationId, organisationId),
        inArray(assignment.assignmentNumber, numbers),
        // Only issued assignments (a JW301 went out) can be declared on.
        inArray(assignment.status, ['assigned', 'started', 'stopped']),
      ),
    )
    // Lines of one assignment are judged one after another, also by concurrent declarations.
    .for('update', { of: assignment });
  const bsns = await bsnsOf(
    tx,
    tenantId,
    rows.map((r) => r.personId),
  );
  return new Map(
    rows.map(({ personId, ...r }) => [r.assignmentNumber, { ...r, bsn: bsns.get(personId) ?? null }]),
  );
}

async function loadKnownLines(
  tx: Executor,
  tenantId: string,
  organisationId: string,
  assignmentIds: string[],
  referenceNumbers: string[],
): Promise<KnownLine[]> {
  const conditions = [];
  if (assignmentIds.length > 0) {
    conditions.push(
      and(inArray(declarationLine.assignmentId, assignmentIds), eq(declarationLine.status, 'approved')),
    );
  }
  if (referenceNumbers.length > 0)
    conditions.push(inArray(declarationLine.referenceNumber, referenceNumbers));
  if (conditions.length === 0) return [];
  return tx
    .select({
      assignmentId: declarationLine.assignmentId,
      referenceNumber: declarationLine.referenceNumber,
      previousReferenceNumber: declarationLine.previousReferenceNumber,
      productCategory: declarationLine.productCategory,
      productCode: declarationLine.productCode,
      periodStart: declarationLine.periodStart,
      periodEnd: declarationLine.periodEnd,
      volume: declarationLine.volume,
      debitCredit: declarationLine.debitCredit,
      status: declarationLine.status,
    })
    .from(declarationLine)
    .where(
      and(
        eq(declarationLine.tenantId, tenantId),
        eq(declarationLine.organisationId, organisationId),
        // A line rejected as a duplicate (8021) does not hold its ReferentieNummer.
        sql`NOT ('8021' = ANY (${declarationLine.rejectionCodes}))`,
        or(...conditions),
      ),
    );
}

/** The codes of one prestatie, given what is known so far (stored lines + approved earlier in this message). */
function judgePrestatie(
  p: Jw323Prestatie,
  bsn: string,
  a: AssignmentFacts | undefined,
  known: KnownLine[],
  takenReferences: Set<string>,
): Code[] {
  const codes: Code[] = [];
  const ref = p.ProductReferentie.ReferentieNummer;
  if (takenReferences.has(ref)) codes.push('8021');
  const tariff = p.ProductTarief;
  if (p.Eenheid !== '83' && tariff !== undefined && p.IngediendBedrag.Bedrag !== p.GeleverdVolume * tariff) {
    codes.push('9346');
  }
  // Taakgericht care is not declared through iJw (procesbeschrijving 5.2): no product to relate to.
  if (!a || a.executionVariant === 'taakgericht') return [...codes, '9338'];

  if (a.bsn !== bsn) codes.push('8187');
  if (p.ProductCategorie !== a.productCategory) codes.push('9339');
  if (p.ProductCode !== a.productCode) codes.push('9340');
  if (p.Eenheid !== a.unit) codes.push('9341');
  if (!codes.includes('9339') && !codes.includes('9340') && tariff !== a.tariffCents) codes.push('0611');

  const begin = p.ProductPeriode.Begindatum;
  const end = p.ProductPeriode.Einddatum ?? begin;
  const care = carePeriod(a);
  const credit = p.IngediendBedrag.DebetCredit === 'C';
  const approved = known.filter((l) => l.status === 'approved');
  const credited = (reference: string) =>
    approved.some((l) => l.debitCredit === 'C' && l.previousReferenceNumber === reference);

  if (credit) {
    // A credit cancels an earlier approved debet of the same assignment (TR323), once (TR390).
    const vorig = p.ProductReferentie.VorigReferentieNummer;
    const debet = approved.find(
      (l) => l.debitCredit === 'D' && l.referenceNumber === vorig && l.assignmentId === a.id,
    );
    if (!vorig || !debet) codes.push('8017');
    else if (credited(debet.referenceNumber)) codes.push('9390');
    return codes;
  }

  if (!care || begin < care.start) codes.push('9307');
  if (care && end > care.end) codes.push('9308');
  if (care && !codes.includes('9307') && begin !== maxDate(monthStartOf(begin), care.start)) {
    codes.push('9387');
  }
  if (care && !codes.includes('9308') && end !== minDate(monthEndOf(begin), care.end)) codes.push('9388');

  const sameProductPeriod = approved.some(
    (l) =>
      l.debitCredit === 'D' &&
      l.assignmentId === a.id &&
      l.periodStart === begin &&
      l.periodEnd === end &&
      l.productCategory === p.ProductCategorie &&
      l.productCode === p.ProductCode &&
      !credited(l.referenceNumber),
  );
  if (sameProductPeriod) codes.push('9389');

  const forPeriod = a.volume * periodsIn(a.frequency, begin, end < begin ? begin : end);
  const total = a.volume * periodsIn(a.frequency, a.startDate, a.endDate);
  const used = approved
    .filter((l) => l.assignmentId === a.id)
    .reduce((sum, l) => sum + signed(l.volume, l.debitCredit), 0);
  if (p.GeleverdVolume > forPeriod) codes.push('9321');
  else if (used + p.GeleverdVolume > total) codes.push('9322');
  return codes;
}

function statusOf(approved: number, rejected: number): DeclarationStatus {
  if (rejected === 0) return 'approved';
  return approved === 0 ? 'rejected' : 'partly_approved';
}

/**
 * Judges a received JW323 (already stored as `incomingId`), builds the JW325 with
 * buildDeclaratieAntwoord, validates it (XSD + rules) and stores it, then stores the declaration
 * and its lines. Runs inside the caller's transaction.
 */
export async function judgeDeclaration(
  tx: Executor,
  input: JudgeDeclarationInput,
): Promise<DeclarationJudgement> {
  const { tenantId, organisationId, bericht } = input;
  const d = bericht.Declaratie;
  const today = toIjwDatum(input.now);
  const submittedCents = signed(d.TotaalIngediendBedrag.TotaalBedrag, d.TotaalIngediendBedrag.DebetCredit);
  const prestaties = d.Clienten.flatMap((c, ci) =>
    c.Prestaties.map((p, pi) => ({
      p,
      bsn: c.Bsn,
      path: `Declaratie/Clienten/Client[${ci + 1}]/Prestaties/Prestatie[${pi + 1}]`,
      ci,
      pi,
    })),
  );

  const headerCodes: Code[] = bericht.Header.BerichtIdentificatie.Dagtekening > today ? ['8848'] : [];
  const [taken] =
    headerCodes.length > 0
      ? []
      : await tx
          .select({ id: declaration.id })
          .from(declaration)
          .where(
            and(
              eq(declaration.tenantId, tenantId),
              eq(declaration.organisationId, organisationId),
              eq(declaration.declarationNumber, d.DeclaratieNummer),
            ),
          )
          .limit(1);
  const declarationCodes: Code[] = taken ? ['9333'] : [];
  const whole = [...headerCodes, ...declarationCodes];

  const assignments = await loadAssignments(tx, tenantId, organisationId, [
    ...new Set(prestaties.map((x) => x.p.ToewijzingNummer)),
  ]);
  const assignmentIds = [...new Set([...assignments.values()].map((a) => a.id))];
  const known =
    whole.length > 0
      ? []
      : await loadKnownLines(tx, tenantId, organisationId, assignmentIds, [
          ...new Set(
            prestaties.flatMap((x) => [
              x.p.ProductReferentie.ReferentieNummer,
              ...(x.p.ProductReferentie.VorigReferentieNummer
                ? [x.p.ProductReferentie.VorigReferentieNummer]
                : []),
            ]),
          ),
        ]);
  const takenReferences = new Set(known.map((l) => l.referenceNumber));

  const judged = prestaties.map(({ p, bsn, path, ci, pi }) => {
    const a = assignments.get(p.ToewijzingNummer);
    const codes = whole.length > 0 ? [] : judgePrestatie(p, bsn, a, known, takenReferences);
    const line: KnownLine = {
      assignmentId: a?.id ?? null,
      referenceNumber: p.ProductReferentie.ReferentieNummer,
      previousReferenceNumber: p.ProductReferentie.VorigReferentieNummer ?? null,
      productCategory: p.ProductCategorie,
      productCode: p.ProductCode ?? null,
      periodStart: p.ProductPeriode.Begindatum,
      periodEnd: p.ProductPeriode.Einddatum ?? p.ProductPeriode.Begindatum,
      volume: p.GeleverdVolume,
      debitCredit: p.IngediendBedrag.DebetCredit,
      status: codes.length === 0 ? 'approved' : 'rejected',
    };
    // What this line claims counts for the lines after it in the same message.
    if (!codes.includes('8021')) {
      takenReferences.add(line.referenceNumber);
      known.push(line);
    }
    return { p, path, ci, pi, line, codes: [...new Set(codes)] };
  });
  const rejected = judged.filter((j) => j.codes.length > 0);
  const rejectedCents = rejected.reduce(
    (sum, j) => sum + signed(j.p.IngediendBedrag.Bedrag, j.p.IngediendBedrag.DebetCredit),
    0,
  );
  const approvedCents = whole.length > 0 ? 0 : submittedCents - rejectedCents;
  const status: DeclarationStatus =
    whole.length > 0 ? 'rejected' : statusOf(judged.length - rejected.length, rejected.length);

  const afgewezen: PrestatieAfwijzing[] = rejected.map((j) => ({ path: j.path, codes: j.codes }));
  const retour = buildDeclaratieAntwoord(bericht, {
    identificatie: newIdentificatie('DA'),
    dagtekening: today,
    ...(input.xsltVersie ? { xsltVersie: input.xsltVersie } : {}),
    header: headerCodes,
    declaratie: declarationCodes,
    afgewezen,
  });
  const answer = await buildValidateStore(tx, {
    tenantId,
    direction: 'out',
    type: 'JW325',
    bericht: retour.bericht,
    sender: tenantId,
    receiver: bericht.Header.Afzender,
    assignmentId: assignmentIds[0] ?? null,
    // Numbers and codes only: no BSN, no names.
    summary: {
      answers: input.incomingId,
      declarationNumber: d.DeclaratieNummer,
      status,
      submittedCents,
      approvedCents,
      retourcodes:
        whole.length > 0
          ? whole
          : rejected.length > 0
            ? [...new Set(rejected.flatMap((j) => j.codes))]
            : ['8001'],
      accepted: rejected.length === 0 && whole.length === 0,
    },
    status: input.answerStatus,
  });

  if (whole.length === 0) {
    const declarationId = randomUUID();
    await tx.insert(declaration).values({
      tenantId,
      id: declarationId,
      organisationId,
      incomingMessageId: input.incomingId,
      answerMessageId: answer.id,
      declarationNumber: d.DeclaratieNummer,
      periodStart: d.DeclaratiePeriode.Begindatum,
      periodEnd: d.DeclaratiePeriode.Einddatum ?? d.DeclaratiePeriode.Begindatum,
      submittedCents,
      approvedCents,
      status,
    });
    await tx.insert(declarationLine).values(
      judged.map((j) => ({
        tenantId,
        id: randomUUID(),
        declarationId,
        organisationId,
        clientIndex: j.ci + 1,
        prestatieIndex: j.pi + 1,
        assignmentId: j.line.assignmentId,
        assignmentNumber: j.p.ToewijzingNummer,
        referenceNumber: j.line.referenceNumber,
        previousReferenceNumber: j.line.previousReferenceNumber,
        productCategory: j.line.productCategory,
        productCode: j.line.productCode,
        periodStart: j.line.periodStart,
        periodEnd: j.line.periodEnd,
        volume: j.line.volume,
        unit: j.p.Eenheid,
        tariffCents: j.p.ProductTarief ?? 0,
        amountCents: j.p.IngediendBedrag.Bedrag,
        debitCredit: j.line.debitCredit,
        status: j.line.status,
        rejectionCodes: j.codes,
      })),
    );
  }

  return {
    outcome: {
      declarationNumber: d.DeclaratieNummer,
      status,
      submittedCents,
      approvedCents,
      declarationCodes: whole,
      lines: judged.map((j) => ({
        referenceNumber: j.line.referenceNumber,
        periodStart: j.line.periodStart,
        periodEnd: j.line.periodEnd,
        volume: j.line.volume,
        amountCents: signed(j.p.IngediendBedrag.Bedrag, j.line.debitCredit),
        status: whole.length > 0 ? 'rejected' : j.line.status === 'approved' ? 'approved' : 'rejected',
        rejectionCodes: whole.length > 0 ? whole : j.codes,
      })),
    },
    answer,
    assignmentIds,
    rejected:
      whole.length > 0
        ? [{ path: headerCodes.length > 0 ? 'Header' : 'Declaratie', codes: whole }]
        : rejected.map((j) => ({ path: j.path, codes: j.codes })),
  };
}
