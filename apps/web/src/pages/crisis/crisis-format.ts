import type { CrisisDeadline, CrisisEpisodeState } from '@een-plan/contracts';
import type { StatusBadgeStatus } from '../../components/StatusBadge.tsx';
import { formatMoment } from '../../i18n/dates.ts';

export function stateBadge(state: CrisisEpisodeState): StatusBadgeStatus {
  switch (state) {
    case 'reported':
      return 'warning';
    case 'closed':
      return 'inactive';
    case 'handover':
      return 'success';
    default:
      return 'active';
  }
}

/** A datetime-local value (the person's own clock) as an ISO instant the API takes. */
export function localToIso(value: string): string {
  return new Date(value).toISOString();
}

/** Now as a datetime-local value, the default of "when" fields. */
export function nowLocal(): string {
  const d = new Date();
  d.setMinutes(d.getMinutes() - d.getTimezoneOffset());
  return d.toISOString().slice(0, 16);
}

/** A deadline's due value is a moment (on site) or a calendar date (the others). */
export function formatDue(
  d: CrisisDeadline,
  language: 'nl' | 'en',
  formatDate: (iso: string, l: 'nl' | 'en') => string,
) {
  return d.due.length > 10 ? formatMoment(d.due, language) : formatDate(d.due, language);
}
