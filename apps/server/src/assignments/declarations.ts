import { randomUUID } from 'node:crypto';
import type { DeclarationOutcome, DeclarationStatus, IjwMessageStatus } from '@een-plan/contracts';
import {
  buildDeclaratieAntwoord,
  type Jw323Bericht,
  type PrestatieAfwijzing,
  toIjwDatum,
} from '@een-plan/ijw';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { type KnownLine, loadAssignments, loadKnownLines } from './declarations-facts.ts';
import { type Code, judgePrestatie, signed } from './declarations-rules.ts';
import { declaration, declarationLine } from './declarations-schema.ts';
import { buildValidateStore, newIdentificatie, type StoredMessage } from './messages.ts';

export { carePeriod, monthEndOf } from './declarations-rules.ts';

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

interface JudgeDeclarationInput {
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

interface DeclarationJudgement {
  outcome: DeclarationOutcome;
  answer: StoredMessage;
  /** The assignments the approved and rejected lines are about (first one links the messages). */
  assignmentIds: string[];
  /** Rejected prestaties as paths in the JW323 with their codes (empty = all approved). */
  rejected: Array<{ path: string; codes: Code[] }>;
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
