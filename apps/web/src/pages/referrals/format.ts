import type { ReferralStatus } from '@een-plan/contracts';
import type { StatusBadgeStatus } from '../../components/StatusBadge.tsx';

export function formatDate(iso: string, language: 'nl' | 'en'): string {
  const date = iso.length === 10 ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}

export function statusBadge(status: ReferralStatus): StatusBadgeStatus {
  switch (status) {
    case 'received':
      return 'warning';
    case 'picked_up':
    case 'coordinator_assigned':
      return 'active';
    case 'referred_elsewhere':
      return 'success';
    default:
      return 'inactive';
  }
}
