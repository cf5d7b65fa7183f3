import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { myReferralsQuery } from '../../api/referrals-api.ts';
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
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { formatDate } from './format.ts';
import { ReferralStatusBadge } from './referral-cells.tsx';

export function MySignalsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t('mySignals.title'));
  const mine = useQuery(myReferralsQuery);
  return (
    <div aria-busy={mine.isPending}>
      <Heading level={1}>{t('mySignals.title')}</Heading>
      <Paragraph lead>{t('mySignals.intro')}</Paragraph>
      {mine.isPending && <LoadingState />}
      {mine.isError && <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />}
      {mine.isSuccess &&
        (mine.data.items.length === 0 ? (
          <Paragraph>{t('mySignals.empty')}</Paragraph>
        ) : (
          <Table caption={t('mySignals.title')} hideCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('mySignals.columns.about')}</TableHeaderCell>
                <TableHeaderCell>{t('mySignals.columns.received')}</TableHeaderCell>
                <TableHeaderCell>{t('mySignals.columns.team')}</TableHeaderCell>
                <TableHeaderCell>{t('mySignals.columns.status')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {mine.data.items.map((r) => (
                <TableRow key={r.id}>
                  <TableHeaderCell scope="row">{r.subjectFirstName}</TableHeaderCell>
                  <TableCell>{formatDate(r.receivedAt, language)}</TableCell>
                  <TableCell>{r.teamName}</TableCell>
                  <TableCell>
                    <ReferralStatusBadge status={r.status} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ))}
    </div>
  );
}
