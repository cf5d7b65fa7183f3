import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { waitingTimesQuery } from '../../api/referrals-api.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../../components/Table.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import { formatNumber } from '../../i18n/numbers.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { formatDate } from './format.ts';
import { ReferralStatusBadge, ReferralSubjectCell, WaitingDaysCell } from './referral-cells.tsx';

export function WaitingTimesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t('waitingTimes.title'));
  const overview = useQuery(waitingTimesQuery);
  const data = overview.data;
  return (
    <div aria-busy={overview.isPending}>
      <Heading level={1}>{t('waitingTimes.title')}</Heading>
      {overview.isPending && <LoadingState />}
      {overview.isError && <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />}
      {data && (
        <>
          <Paragraph lead>
            {t('waitingTimes.intro', {
              norm: data.firstContactNormDays,
              urgent: data.urgentFirstContactNormDays,
            })}
          </Paragraph>
          <UnorderedList>
            <UnorderedListItem>
              {t('waitingTimes.open', { count: data.openWithoutFirstContact })}
            </UnorderedListItem>
            <UnorderedListItem>{t('waitingTimes.overdue', { count: data.overdue })}</UnorderedListItem>
            <UnorderedListItem>
              {data.averageWorkingDaysToFirstContact === null
                ? t('waitingTimes.averageNone')
                : t('waitingTimes.average', {
                    days: formatNumber(data.averageWorkingDaysToFirstContact, language),
                  })}
            </UnorderedListItem>
          </UnorderedList>
          {data.items.length === 0 ? (
            <Paragraph>{t('waitingTimes.empty')}</Paragraph>
          ) : (
            <Table caption={t('waitingTimes.title')} hideCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('waitingTimes.columns.about')}</TableHeaderCell>
                  <TableHeaderCell>{t('waitingTimes.columns.urgency')}</TableHeaderCell>
                  <TableHeaderCell>{t('waitingTimes.columns.status')}</TableHeaderCell>
                  <TableHeaderCell numeric>{t('waitingTimes.columns.waiting')}</TableHeaderCell>
                  <TableHeaderCell>{t('waitingTimes.columns.due')}</TableHeaderCell>
                  <TableHeaderCell>{t('waitingTimes.columns.reminder')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.items.map((r) => (
                  <TableRow key={r.id}>
                    <ReferralSubjectCell id={r.id} name={r.subjectName} />
                    <TableCell>{t(`urgency.${r.urgency}`)}</TableCell>
                    <TableCell>
                      <ReferralStatusBadge status={r.status} />
                    </TableCell>
                    <WaitingDaysCell
                      days={
                        r.waitingTimes.workingDaysToFirstContact ?? r.waitingTimes.workingDaysWaitingSoFar
                      }
                      overdue={r.waitingTimes.firstContactOverdue}
                    />
                    <TableCell>{formatDate(r.waitingTimes.firstContactDueDate, language)}</TableCell>
                    <TableCell>{r.reminderSentAt ? t('waitingTimes.reminderSent') : '–'}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </>
      )}
    </div>
  );
}
