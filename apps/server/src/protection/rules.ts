/**
 * The legal rules of child-protection measures as pure functions: the maximum duration per kind,
 * the extension deadline (in Dutch working days before the end), the lapse of an unused
 * machtiging uithuisplaatsing, and the status on a day.
 */
import {
  MEASURE_EXTENDABLE,
  MEASURE_EXTENSION_LEAD_WORKING_DAYS,
  MEASURE_MAX_MONTHS,
  type MeasureKind,
  type MeasureStatus,
  PLACEMENT_UNUSED_LAPSE_MONTHS,
} from '@een-plan/contracts';
import { addMonthsAndDays } from '../plans/closure.ts';
import { isWorkingDay } from '../referrals/working-days.ts';

interface MeasureDates {
  kind: MeasureKind;
  startDate: string;
  endDate: string;
  placementStartedOn: string | null;
  endedOn: string | null;
}

/**
 * The latest end date the law allows from `from` (the start, or the current end when extending):
 * the same date so many months later, as rulings write it; voogdij runs until the 18th birthday.
 */
export function maximumEndDate(kind: MeasureKind, from: string, eighteenthBirthday: string): string {
  if (kind === 'guardianship') return eighteenthBirthday;
  return addMonthsAndDays(from, MEASURE_MAX_MONTHS[kind]);
}

/** `n` Dutch working days before `day`. */
export function workingDaysBefore(day: string, n: number): string {
  let d = day;
  for (let left = n; left > 0; ) {
    d = addMonthsAndDays(d, 0, -1);
    if (isWorkingDay(d)) left--;
  }
  return d;
}

/** The last day to ask the court for an extension; null when the kind is not extendable. */
export function extensionDeadline(m: Pick<MeasureDates, 'kind' | 'endDate'>): string | null {
  return MEASURE_EXTENDABLE[m.kind]
    ? workingDaysBefore(m.endDate, MEASURE_EXTENSION_LEAD_WORKING_DAYS)
    : null;
}

/** A machtiging uithuisplaatsing not used lapses three months after it started; null otherwise. */
export function lapsesUnusedOn(
  m: Pick<MeasureDates, 'kind' | 'startDate' | 'placementStartedOn'>,
): string | null {
  if (m.kind !== 'out_of_home_placement' || m.placementStartedOn) return null;
  return addMonthsAndDays(m.startDate, PLACEMENT_UNUSED_LAPSE_MONTHS);
}

export function measureStatus(m: MeasureDates, today: string): MeasureStatus {
  if (m.endedOn) return 'ended';
  const lapse = lapsesUnusedOn(m);
  if (lapse && today > lapse) return 'lapsed';
  if (today > m.endDate) return 'expired';
  return 'active';
}

/**
 * The nearest deadline of a measure in force: asking for an extension, using a machtiging before
 * it lapses, or the end itself when there is nothing to ask for. Null once it is no longer in force.
 */
export function nextMeasureDeadline(m: MeasureDates, today: string): string | null {
  if (measureStatus(m, today) !== 'active') return null;
  const candidates = [lapsesUnusedOn(m), extensionDeadline(m), m.endDate].filter(
    (d): d is string => d !== null && d >= today,
  );
  return candidates.sort()[0] ?? m.endDate;
}
