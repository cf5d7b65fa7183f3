import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { regionalQuery } from '../../api/placements-api.ts';
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
import { formatDate } from '../plans/PlanView.tsx';

/** Team lead and policy analyst: free / reserved / occupied per type, region and week (counts only). */
export function RegionalPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t('placements.regional.title'));
  const view = useQuery(regionalQuery);
  return (
    <div>
      <Heading level={1}>{t('placements.regional.title')}</Heading>
      <Paragraph lead>{t('placements.regional.intro')}</Paragraph>
      {view.isPending && <LoadingState />}
      {view.isError && <ErrorState error={view.error} onRetry={() => void view.refetch()} />}
      {view.data && view.data.rows.length === 0 && <Paragraph>{t('placements.regional.empty')}</Paragraph>}
      {view.data && view.data.rows.length > 0 && (
        <Table caption={t('placements.regional.title')} hideCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('placements.regional.week')}</TableHeaderCell>
              <TableHeaderCell>{t('placements.regional.region')}</TableHeaderCell>
              <TableHeaderCell>{t('placements.columns.type')}</TableHeaderCell>
              <TableHeaderCell numeric>{t('placements.regional.free')}</TableHeaderCell>
              <TableHeaderCell numeric>{t('placements.regional.reserved')}</TableHeaderCell>
              <TableHeaderCell numeric>{t('placements.regional.occupied')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {view.data.rows.map((r) => (
              <TableRow key={`${r.week}-${r.region}-${r.placeType}`}>
                <TableCell>{formatDate(r.week, language)}</TableCell>
                <TableCell>{r.region}</TableCell>
                <TableCell>{t(`placements.types.${r.placeType}`)}</TableCell>
                <TableCell numeric>{r.free}</TableCell>
                <TableCell numeric>{r.reserved}</TableCell>
                <TableCell numeric>{r.occupied}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
