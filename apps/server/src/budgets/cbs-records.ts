/**
 * The CBS Beleidsinformatie Jeugd records of one half year: youth-care trajectories (one per started
 * assignment) and child-protection measures, with the youth's BSN, birth date and postcode, and the
 * completeness check (what is missing, by assignment number or measure id — never a BSN).
 * Format and code choices: docs/decisions/0017-budgets-and-cbs-beleidsinformatie-jeugd-file.md.
 */
import type { CbsCheck, CbsDeliveryInput } from '@een-plan/contracts';
import { toIjwGeslacht } from '@een-plan/ijw';
import { type TrajectoryFact, trajectoryFactsPage } from '../assignments/cbs-facts.ts';
import { crisisCallsBetween } from '../crisis/cbs-facts.ts';
import type { Executor } from '../db/database.ts';
import { householdPostcodes, youthIdentities } from '../households/cbs-facts.ts';
import { measuresInWindow } from '../protection/cbs-facts.ts';
import { addDays } from '../referrals/working-days.ts';

const PAGE = 5000;
/** A crisis call up to this many days before the start counts as "started with crisis". */
const CRISIS_LEAD_DAYS = 28;
const CRISIS_CATEGORY = '46';
const PLANNED_END = '31';

export interface TrajectoryRecord {
  reference: string;
  bsn: string;
  birthDate: string;
  sex: string;
  postcode: string;
  referrer: string;
  typeOfHelp: string;
  startedWithCrisis: 'J' | 'N';
  start: string;
  end: string;
  endReason: string;
  satisfaction: string;
  continuesWithoutHelp: '' | 'J' | 'N';
  informant: '' | 'A';
}

export interface MeasureRecord {
  reference: string;
  bsn: string;
  birthDate: string;
  sex: string;
  postcode: string;
  measure: string;
  start: string;
  end: string;
  endReason: string;
}

const MEASURE_CODE: Record<string, string> = {
  ots: 'OTS',
  provisional_ots: 'VOTS',
  out_of_home_placement: 'MUHP',
  guardianship: 'VOOGDIJ',
};

/**
 * Fields the file leaves empty on purpose, with the reason, for the validation report.
 * Satisfaction: the answers are stored without household or person, so they cannot be joined to
 * a trajectory without breaking the promise that answers are untraceable (decision 0017).
 */
const WITHHELD_FIELDS: CbsCheck['withheld'] = [{ field: 'tevredenheid', reason: 'untraceable_survey' }];

function halfYearWindow(halfYear: string): { from: string; to: string } {
  const [y, h] = halfYear.split('-') as [string, string];
  return h === '1' ? { from: `${y}-01-01`, to: `${y}-06-30` } : { from: `${y}-07-01`, to: `${y}-12-31` };
}

async function trajectoriesOf(db: Executor, tenantId: string, window: { from: string; to: string }) {
  const all: TrajectoryFact[] = [];
  for (let after: string | null = null; ; ) {
    const page = await trajectoryFactsPage(db, tenantId, window, after, PAGE);
    all.push(...page);
    if (page.length < PAGE) break;
    after = page[page.length - 1]?.id ?? null;
  }
  return all;
}

/** Help goes on elsewhere when another trajectory of the same youth runs the day after this one ended. */
function continuesWithoutHelp(t: TrajectoryFact, all: readonly TrajectoryFact[]): '' | 'J' | 'N' {
  if (!t.endedOn) return '';
  const next = addDays(t.endedOn, 1);
  const other = all.some(
    (o) =>
      o.id !== t.id && o.personId === t.personId && o.startedOn <= next && (!o.endedOn || o.endedOn >= next),
  );
  return t.stopReason === PLANNED_END && !other ? 'J' : 'N';
}

export async function buildRecords(
  db: Executor,
  tenantId: string,
  input: CbsDeliveryInput,
): Promise<{ trajectories: TrajectoryRecord[]; measures: MeasureRecord[]; check: CbsCheck }> {
  const window = halfYearWindow(input.halfYear);
  const [facts, measureFacts] = await Promise.all([
    trajectoriesOf(db, tenantId, window),
    measuresInWindow(db, tenantId, window),
  ]);
  const firstStart = facts.reduce((m, t) => (t.startedOn < m ? t.startedOn : m), window.from);
  const calls = await crisisCallsBetween(
    db,
    tenantId,
    new Date(`${addDays(firstStart, -CRISIS_LEAD_DAYS - 1)}T00:00:00Z`),
    new Date(`${addDays(window.to, 1)}T23:59:59Z`),
  );
  const [ids, postcodes] = await Promise.all([
    youthIdentities(db, tenantId, [...facts.map((t) => t.personId), ...measureFacts.map((m) => m.personId)]),
    householdPostcodes(db, tenantId, [
      ...facts.map((t) => t.householdId),
      ...measureFacts.map((m) => m.householdId),
    ]),
  ]);

  const missing = new Map<string, string[]>();
  const note = (field: string, ref: string, value: string | null | undefined) => {
    if (value) return value;
    missing.set(field, [...(missing.get(field) ?? []), ref]);
    return '';
  };
  const trajectories = facts
    .sort((a, b) => a.assignmentNumber - b.assignmentNumber)
    .map((t): TrajectoryRecord => {
      const ref = `T${t.assignmentNumber}`;
      const who = ids.get(t.personId);
      const crisis =
        t.productCategory === CRISIS_CATEGORY ||
        calls.some(
          (c) =>
            c.householdId === t.householdId &&
            (c.personId === null || c.personId === t.personId) &&
            c.calledOn <= t.startedOn &&
            c.calledOn >= addDays(t.startedOn, -CRISIS_LEAD_DAYS),
        );
      const endInWindow = t.endedOn && t.endedOn <= window.to ? t.endedOn : null;
      const cwh = endInWindow ? continuesWithoutHelp(t, facts) : '';
      return {
        reference: ref,
        bsn: note('bsn', ref, who?.bsn),
        birthDate: note('geboortedatum', ref, who?.birthDate),
        // COD046 (the CBS protocol's own code list is not in our sources, decision 0017); missing is 0.
        sex: toIjwGeslacht(note('geslacht', ref, who?.sex)),
        postcode: note('postcode', ref, postcodes.get(t.householdId)),
        referrer: note('verwijzer', ref, t.referrerType),
        typeOfHelp: note('soort_jeugdhulp', ref, t.productCategory),
        startedWithCrisis: crisis ? 'J' : 'N',
        start: t.startedOn,
        end: endInWindow ?? '',
        endReason: endInWindow ? note('reden_beeindiging', ref, t.stopReason) : '',
        satisfaction: '',
        continuesWithoutHelp: cwh,
        informant: cwh ? 'A' : '',
      };
    });
  const measures = measureFacts.map((m, i): MeasureRecord => {
    const ref = `M${i + 1}`;
    const who = ids.get(m.personId);
    const end = m.endedOn && m.endedOn <= window.to ? m.endedOn : '';
    return {
      reference: ref,
      bsn: note('bsn', ref, who?.bsn),
      birthDate: note('geboortedatum', ref, who?.birthDate),
      sex: toIjwGeslacht(note('geslacht', ref, who?.sex)),
      postcode: note('postcode', ref, postcodes.get(m.householdId)),
      measure: MEASURE_CODE[m.kind] ?? m.kind,
      start: m.startDate,
      end,
      endReason: end ? (m.endReason ?? '') : '',
    };
  });
  const check: CbsCheck = {
    halfYear: input.halfYear,
    kind: input.kind,
    trajectories: trajectories.length,
    measures: measures.length,
    complete: missing.size === 0,
    missing: [...missing.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([field, refs]) => ({ field, count: refs.length, references: refs.slice(0, 50) })),
    withheld: WITHHELD_FIELDS,
  };
  return { trajectories, measures, check };
}
