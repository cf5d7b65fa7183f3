/**
 * Dates and moments as people in the Netherlands read them, in Dutch or English. One place, so
 * every page shows the same date for the same day.
 */
const localeOf = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL');

/** A day (`2026-03-01`) or the day of a moment, as "1 maart 2026"; empty for no date. */
export function formatDate(iso: string | null | undefined, language: string): string {
  if (!iso) return '';
  // A bare day is read at noon UTC, so no time zone moves it to the day before or after.
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return new Intl.DateTimeFormat(localeOf(language), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}

/** Date and time in the Dutch time zone ("1 maart 14:05"): for what happens at a moment, not on a day. */
export function formatMoment(iso: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

/** Today in the Netherlands as `2026-03-01`, as the server counts terms (not the UTC day). */
export function amsterdamToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}
