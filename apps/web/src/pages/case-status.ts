import type { TFunction } from 'i18next';
import type { StatusBadgeStatus } from '../components/StatusBadge.tsx';
import type { nl } from '../i18n/nl.ts';

type KnownCaseStatus = keyof typeof nl.caseStatus;

function isKnownCaseStatus(status: string): status is KnownCaseStatus {
  return ['referral', 'intake', 'planning', 'active', 'evaluation', 'closed'].includes(status);
}

/** Shows a status code the web does not know yet as-is rather than hiding it. */
export function caseStatusLabel(status: string, t: TFunction): string {
  return isKnownCaseStatus(status) ? t(`caseStatus.${status}`) : status;
}

export function caseStatusBadge(status: string): StatusBadgeStatus {
  if (status === 'closed') return 'inactive';
  if (status === 'active') return 'active';
  return 'neutral';
}
