import type { ReferralQueueFilter } from '@een-plan/contracts';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { queueQuery } from '../../api/referrals-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../../components/Table.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { formatDate } from './format.ts';
import { ReferralStatusBadge, ReferralSubjectCell, WaitingDaysCell } from './referral-cells.tsx';
import './referrals.css';

const FILTERS: ReferralQueueFilter[] = ['new', 'open', 'all'];

export function TriageQueuePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t('triage.title'));
  const [filter, setFilter] = useState<ReferralQueueFilter>('new');
  const queue = useInfiniteQuery(queueQuery(filter));
  const items = queue.data?.pages.flatMap((p) => p.items) ?? [];
  const teamName = queue.data?.pages[0]?.teamName ?? '';
  return (
    <div aria-busy={queue.isPending}>
      <Heading level={1}>{t('triage.title')}</Heading>
      {queue.isSuccess && <Paragraph lead>{t('triage.intro', { team: teamName })}</Paragraph>}
      <fieldset className="referral-actions referral-filter">
        <legend className="visually-hidden">{t('triage.filterLabel')}</legend>
        {FILTERS.map((f) => (
          <Button key={f} pressed={filter === f} onClick={() => setFilter(f)}>
            {t(`triage.filters.${f}`)}
          </Button>
        ))}
      </fieldset>
      {queue.isPending && <LoadingState />}
      {queue.isError && <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.isSuccess &&
        (items.length === 0 ? (
          <Paragraph>{t('triage.empty')}</Paragraph>
        ) : (
          <Table caption={t('triage.title')} hideCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('triage.columns.about')}</TableHeaderCell>
                <TableHeaderCell>{t('triage.columns.urgency')}</TableHeaderCell>
                <TableHeaderCell>{t('triage.columns.received')}</TableHeaderCell>
                <TableHeaderCell numeric>{t('triage.columns.waiting')}</TableHeaderCell>
                <TableHeaderCell>{t('triage.columns.status')}</TableHeaderCell>
                <TableHeaderCell>{t('triage.columns.coordinator')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((r) => (
                <TableRow key={r.id}>
                  <ReferralSubjectCell id={r.id} name={r.subjectName} />
                  <TableCell>
                    <span className="referral-badges">
                      <StatusBadge status={r.urgency === 'urgent' ? 'warning' : 'neutral'}>
                        {t(`urgency.${r.urgency}`)}
                      </StatusBadge>
                      {r.possibleUnsafety && (
                        <StatusBadge status="warning">{t('triage.unsafety')}</StatusBadge>
                      )}
                      {r.outsideTenant && (
                        <StatusBadge status="inactive">{t('triage.outsideTenant')}</StatusBadge>
                      )}
                    </span>
                  </TableCell>
                  <TableCell>{formatDate(r.receivedAt, language)}</TableCell>
                  <WaitingDaysCell days={r.workingDaysWaiting} overdue={r.firstContactOverdue} />
                  <TableCell>
                    <ReferralStatusBadge status={r.status} />
                  </TableCell>
                  <TableCell>{r.coordinatorName ?? '–'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ))}
      <LoadMore
        hasMore={queue.hasNextPage}
        loading={queue.isFetchingNextPage}
        onLoad={() => void queue.fetchNextPage()}
        label={t('triage.loadMore')}
      />
    </div>
  );
}
