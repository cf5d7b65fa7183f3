/**
 * Working days for waiting times: Monday–Friday, excluding the Dutch public holidays of the
 * Algemene termijnenwet (New Year's Day, Easter Monday, Ascension Day, Whit Monday, King's Day,
 * Liberation Day 5 May, Christmas Day and Boxing Day). Good Friday is not a general holiday there,
 * so it counts as a working day. Dates are calendar dates ("YYYY-MM-DD") in Europe/Amsterdam.
 */

const DAY_MS = 86_400_000;

function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Easter Sunday (Gregorian calendar), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(utcDate(year, month, day));
}

/** King's Day: 27 April, or Saturday 26 April when the 27th is a Sunday (Queen's Day before 2014). */
export function kingsDay(year: number): string {
  if (year < 2014) {
    const queensDay = utcDate(year, 4, 30);
    return iso(queensDay.getUTCDay() === 0 ? utcDate(year, 5, 1) : queensDay);
  }
  const day = utcDate(year, 4, 27);
  return iso(day.getUTCDay() === 0 ? utcDate(year, 4, 26) : day);
}

/** A calendar date plus whole days (negative: back). */
export function addDays(isoDate: string, days: number): string {
  return iso(new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS));
}

const holidayCache = new Map<number, Set<string>>();

/** The public holidays of a year, as ISO dates. */
export function dutchPublicHolidays(year: number): Set<string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const days = new Set([
    iso(utcDate(year, 1, 1)),
    addDays(easter, 1), // Tweede paasdag
    addDays(easter, 39), // Hemelvaartsdag
    addDays(easter, 50), // Tweede pinksterdag
    kingsDay(year),
    iso(utcDate(year, 5, 5)), // Bevrijdingsdag
    iso(utcDate(year, 12, 25)),
    iso(utcDate(year, 12, 26)),
  ]);
  holidayCache.set(year, days);
  return days;
}

export function isWorkingDay(isoDate: string): boolean {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !dutchPublicHolidays(date.getUTCFullYear()).has(isoDate);
}

// Built once: constructing a DateTimeFormat (time zone data, locale) costs far more than formatting,
// and lists call this per row (issue 18's profile of /api/home).
const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The Netherlands' offset from UTC has been whole hours since 1940 (CET, CEST; the change at 01:00
 * UTC), so its date changes only on a UTC hour: within one hour every instant has the same date, and
 * a request that asks per member or per row formats once.
 */
const HOUR_MS = 3_600_000;
const WHOLE_HOUR_OFFSETS_SINCE = Date.UTC(1980, 0, 1);
let lastHour = Number.NaN;
let lastDate = '';

/** The calendar date of an instant in the Netherlands. */
export function amsterdamDate(instant: Date): string {
  const ms = instant.getTime();
  const hour = Math.floor(ms / HOUR_MS);
  if (hour === lastHour) return lastDate;
  const date = AMSTERDAM_DAY.format(instant);
  if (ms >= WHOLE_HOUR_OFFSETS_SINCE) {
    lastHour = hour;
    lastDate = date;
  }
  return date;
}

/**
 * Working days after `from` up to and including `to` (both calendar dates): received on Friday,
 * contact on Monday is 1 working day. Zero when `to` is not after `from`.
 */
export function workingDaysBetween(from: string, to: string): number {
  if (to <= from) return 0;
  let count = 0;
  // Bounded: waiting times are days to months; cap at 10 years to keep this total.
  for (let day = addDays(from, 1), n = 0; day <= to && n < 3660; day = addDays(day, 1), n++) {
    if (isWorkingDay(day)) count++;
  }
  return count;
}

/** The date `n` working days after `from` (n = 0 gives `from` itself). */
export function addWorkingDays(from: string, n: number): string {
  let day = from;
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day)) left--;
  }
  return day;
}
