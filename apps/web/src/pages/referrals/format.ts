export { formatDate } from '../../i18n/dates.ts';

import type { ReferralStatus } from '@een-plan/contracts';
import type { StatusBadgeStatus } from '../../components/StatusBadge.tsx';

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
