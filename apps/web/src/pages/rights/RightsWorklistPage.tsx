import type { RightsCase } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { rightsWorklistQuery } from '../../api/rights-api.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
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
import { formatDate } from '../referrals/format.ts';

/** The deadline cell: the date, marked when it has passed. */
export function DueCell({ c }: { c: RightsCase }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!c.dueOn || c.status === 'decided') return <TableCell>–</TableCell>;
  return (
    <TableCell>
      {formatDate(c.dueOn, language)}{' '}
      {c.overdue && <StatusBadge status="warning">{t('rights.work.overdue')}</StatusBadge>}
    </TableCell>
  );
}

/** Coordinator and team lead: open rights cases of their households, the first deadline on top. */
export function RightsWorklistPage() {
  const { t } = useTranslation();
  usePageTitle(t('rights.work.worklistTitle'));
  const query = useQuery(rightsWorklistQuery);
  return (
    <>
      <Heading level={1}>{t('rights.work.worklistTitle')}</Heading>
      <Paragraph lead>{t('rights.work.worklistIntro')}</Paragraph>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => query.refetch()} />}
      {query.data &&
        (query.data.items.length === 0 ? (
          <Paragraph>{t('rights.work.worklistEmpty')}</Paragraph>
        ) : (
          <Table caption={t('rights.work.worklistTitle')} hideCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('rights.work.due')}</TableHeaderCell>
                <TableHeaderCell>{t('rights.work.kind')}</TableHeaderCell>
                <TableHeaderCell>{t('rights.work.household')}</TableHeaderCell>
                <TableHeaderCell>{t('rights.work.status')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {query.data.items.map((c) => (
                <TableRow key={c.id}>
                  <DueCell c={c} />
                  <TableCell>{t(`rights.words.kind.${c.kind}`)}</TableCell>
                  <TableCell>
                    <Link
                      to="/werkruimte/huishoudens/$householdId/rechten"
                      params={{ householdId: c.householdId }}
                    >
                      {c.householdName}
                    </Link>
                  </TableCell>
                  <TableCell>{t(`rights.words.status.${c.status}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ))}
    </>
  );
}
