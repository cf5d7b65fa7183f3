/**
 * Which dossiers are due for destruction. A dossier is several parts with their own terms (the
 * youth care under Jeugdwet, the Wmo support plan); it goes as a whole once the LONGEST of its
 * parts' terms has passed, and only when no part is still running.
 */
import type { DueDossier, RetentionRecordType } from '@een-plan/contracts';
import { assignmentEndDates } from '../assignments/retention-facts.ts';
import type { Executor } from '../db/database.ts';
import { householdClosedDates } from '../households/retention.ts';
import { addMonthsAndDays } from '../plans/closure.ts';
import { planEndDates } from '../plans/retention-facts.ts';
import { legalHoldsOf } from './legal-holds.ts';
import { termYears } from './terms.ts';

type Part = { recordType: RetentionRecordType; endedOn: string | null };

type DossierTerm = { householdId: string; parts: DueDossier['parts']; keepUntil: string | null };

/** The longest-wins rule on its own: null while any part is still running. */
export function keepUntilOf(parts: Part[], years: Record<RetentionRecordType, number>) {
  if (parts.length === 0 || parts.some((p) => p.endedOn === null)) return null;
  const dated = parts.map((p) => ({
    recordType: p.recordType,
    endedOn: p.endedOn as string,
    keepUntil: addMonthsAndDays(p.endedOn as string, 12 * years[p.recordType]),
  }));
  const keepUntil = dated
    .map((p) => p.keepUntil)
    .sort()
    .at(-1) as string;
  return { parts: dated, keepUntil };
}

/** Every household's parts with their end dates, from the owning modules' exported facts. */
async function dossierTerms(db: Executor, tenantId: string, today: string, householdIds?: string[]) {
  const [years, assignments, plans, closed] = await Promise.all([
    termYears(db, tenantId),
    assignmentEndDates(db, tenantId, today, householdIds),
    planEndDates(db, tenantId, householdIds),
    householdClosedDates(db, tenantId),
  ]);
  const parts = new Map<string, Part[]>();
  const add = (householdId: string, part: Part) =>
    parts.set(householdId, [...(parts.get(householdId) ?? []), part]);
  for (const a of assignments) add(a.householdId, { recordType: 'youth_care_dossier', endedOn: a.endedOn });
  const closedOn = new Map(closed.map((c) => [c.householdId, c.closedOn]));
  for (const p of plans) {
    // A closed plan's support ended on the household's closing day when that is known.
    add(p.householdId, {
      recordType: 'wmo_support_plan',
      endedOn: p.endedOn && (closedOn.get(p.householdId) ?? p.endedOn),
    });
  }
  const result: DossierTerm[] = [];
  for (const [householdId, ps] of parts) {
    if (householdIds && !householdIds.includes(householdId)) continue;
    const term = keepUntilOf(ps, years);
    result.push({ householdId, parts: term?.parts ?? [], keepUntil: term?.keepUntil ?? null });
  }
  return result;
}

/** Dossiers whose term has passed, with any legal hold that still keeps them. */
export async function listDue(db: Executor, tenantId: string, today: string, householdIds?: string[]) {
  const terms = await dossierTerms(db, tenantId, today, householdIds);
  const due: DueDossier[] = [];
  for (const t of terms) {
    if (t.keepUntil === null || t.keepUntil >= today) continue;
    due.push({
      householdId: t.householdId,
      parts: t.parts,
      keepUntil: t.keepUntil,
      legalHolds: await legalHoldsOf(db, tenantId, t.householdId, today),
    });
  }
  return due.sort(
    (a, b) => a.keepUntil.localeCompare(b.keepUntil) || a.householdId.localeCompare(b.householdId),
  );
}
