/** The calendar of a toekomstplan: birthdays, topic due dates and the countdown (pure functions). */
import { addMonthsAndDays } from '../plans/closure.ts';
import { isWorkingDay } from '../referrals/working-days.ts';

/** The day someone reaches an age given in months (a 16½-year-old: 198 months). */
export function dayAtAgeMonths(birthDate: string, months: number): string {
  return addMonthsAndDays(birthDate, months);
}

export function eighteenthBirthdayOf(birthDate: string): string {
  return dayAtAgeMonths(birthDate, 18 * 12);
}

/**
 * A topic is due `monthsBefore18` months before the 18th birthday; a due day on a weekend or
 * Dutch public holiday moves to the working day before, so offices are open to arrange it.
 */
export function topicDueDate(birthDate: string, monthsBefore18: number): string {
  let day = dayAtAgeMonths(birthDate, 18 * 12 - monthsBefore18);
  for (let i = 0; i < 14 && !isWorkingDay(day); i++) day = addMonthsAndDays(day, 0, -1);
  return day;
}

/** Whole days from `today` to `day` (negative once `day` has passed). */
export function daysBetween(today: string, day: string): number {
  return Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
