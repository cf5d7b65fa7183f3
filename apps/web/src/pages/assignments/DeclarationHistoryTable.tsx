import type { DeclarationHistoryEntry } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { declarationHistoryQuery } from '../../api/declarations-api.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
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
import { formatDate } from '../plans/PlanView.tsx';
import { formatEuro } from './format.ts';

const badge = { approved: 'success', partly_approved: 'warning', rejected: 'inactive' } as const;

/** The provider's earlier declarations for one assignment, with the municipality's judgement. */
export function DeclarationHistoryTable({ assignmentId, unit }: { assignmentId: string; unit: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const history = useQuery(declarationHistoryQuery(assignmentId));
  return (
    <section aria-busy={history.isPending} data-declaration-history>
      <Heading level={3}>{t('declarations.history.title')}</Heading>
      {history.isPending && <LoadingState />}
      {history.isError && <ErrorState error={history.error} onRetry={() => void history.refetch()} />}
      {history.data && history.data.declarations.length === 0 && (
        <Paragraph>{t('declarations.history.empty')}</Paragraph>
      )}
      {history.data && history.data.declarations.length > 0 && (
        <Table caption={t('declarations.history.title')} hideCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('declarations.history.declaredOn')}</TableHeaderCell>
              <TableHeaderCell>{t('declarations.history.period')}</TableHeaderCell>
              <TableHeaderCell numeric>{t('declarations.history.volume', { unit })}</TableHeaderCell>
              <TableHeaderCell numeric>{t('declarations.history.submitted')}</TableHeaderCell>
              <TableHeaderCell numeric>{t('declarations.history.approved')}</TableHeaderCell>
              <TableHeaderCell>{t('declarations.history.judgement')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {history.data.declarations.map((d) => (
              <HistoryRow key={d.declarationNumber} entry={d} language={language} />
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

function HistoryRow({ entry, language }: { entry: DeclarationHistoryEntry; language: string }) {
  const { t } = useTranslation();
  const codes = [...new Set(entry.lines.flatMap((l) => l.rejectionCodes))];
  return (
    <TableRow data-declaration-status={entry.status}>
      <TableCell>{formatDate(entry.declaredAt.slice(0, 10), language)}</TableCell>
      <TableCell>
        {entry.lines.map((l) => (
          <div key={l.referenceNumber}>
            {t('declarations.history.range', {
              from: formatDate(l.periodStart, language),
              until: formatDate(l.periodEnd, language),
            })}
          </div>
        ))}
      </TableCell>
      <TableCell numeric>{entry.lines.reduce((sum, l) => sum + l.volume, 0)}</TableCell>
      <TableCell numeric>{formatEuro(entry.submittedCents, language)}</TableCell>
      <TableCell numeric>{formatEuro(entry.approvedCents, language)}</TableCell>
      <TableCell>
        <StatusBadge status={badge[entry.status]}>
          {t(`declarations.history.status.${entry.status}`)}
        </StatusBadge>
        {codes.map((code) => (
          <div key={code}>
            {t(`declarations.codes.${code}`, { defaultValue: t('declarations.codes.other', { code }) })}
          </div>
        ))}
      </TableCell>
    </TableRow>
  );
}
