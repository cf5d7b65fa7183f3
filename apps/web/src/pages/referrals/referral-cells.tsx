import type { ReferralStatus } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { TableCell, TableHeaderCell } from '../../components/Table.tsx';
import { useFormatNumber } from '../../i18n/numbers.ts';
import { statusBadge } from './format.ts';

/** The first cell of a referral's row: who it is about, linking to the referral. */
export function ReferralSubjectCell({ id, name }: { id: string; name: string }) {
  return (
    <TableHeaderCell scope="row">
      <Link to="/aanmeldingen/$referralId" params={{ referralId: id }}>
        {name}
      </Link>
    </TableHeaderCell>
  );
}

export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  return <StatusBadge status={statusBadge(status)}>{t(`referralStatus.${status}`)}</StatusBadge>;
}

/** Working days waited, marked when the first contact is overdue. */
export function WaitingDaysCell({ days, overdue }: { days: number; overdue: boolean }) {
  const { t } = useTranslation();
  const number = useFormatNumber();
  return (
    <TableCell numeric>
      {number(days)}
      {overdue && (
        <>
          {' '}
          <StatusBadge status="warning">{t('triage.overdue')}</StatusBadge>
        </>
      )}
    </TableCell>
  );
}
