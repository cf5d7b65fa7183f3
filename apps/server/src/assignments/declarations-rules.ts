import type { Jw323Prestatie, LDT_RetourCode } from '@een-plan/ijw';
import type { AssignmentFacts, KnownLine } from './declarations-facts.ts';
import { periodsIn } from './service.ts';

export type Code = LDT_RetourCode;

function monthStartOf(day: string): string {
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

export const signed = (amount: number, dc: string) => (dc === 'C' ? -amount : amount);

/** The codes of one prestatie, given what is known so far (stored lines + approved earlier in this message). */
export function judgePrestatie(
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
