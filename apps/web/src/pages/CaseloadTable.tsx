import type { CaseloadItem } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from '../components/Link.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../components/Table.tsx';
import { useLanguage } from '../i18n/use-language.ts';
import { caseStatusBadge, caseStatusLabel } from './case-status.ts';
import { HouseholdFlags } from './households/HouseholdsPage.tsx';
import { formatDate } from './referrals/format.ts';

interface CaseloadTableProps {
  caption: string;
  caseload: readonly CaseloadItem[];
}

/** The caseload on the home: each household is a link to its dossier. */
export function CaseloadTable({ caption, caseload }: CaseloadTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table caption={caption} hideCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('homes.coordinator.columns.household')}</TableHeaderCell>
          <TableHeaderCell>{t('homes.coordinator.columns.status')}</TableHeaderCell>
          <TableHeaderCell>{t('homes.coordinator.columns.evaluation')}</TableHeaderCell>
          <TableHeaderCell>{t('homes.coordinator.columns.flags')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {caseload.map((household) => (
          <TableRow key={household.householdId}>
            <TableHeaderCell scope="row">
              <Link to="/werkruimte/huishoudens/$householdId" params={{ householdId: household.householdId }}>
                {household.name}
              </Link>
            </TableHeaderCell>
            <TableCell>
              <StatusBadge status={caseStatusBadge(household.status)}>
                {caseStatusLabel(household.status, t)}
              </StatusBadge>
              {household.closedOn && (
                <span data-closed-on>
                  {' '}
                  {t('dossierStatus.closedOn', { date: formatDate(household.closedOn, language) })}
                </span>
              )}
            </TableCell>
            <TableCell>
              {household.nextEvaluationDate
                ? formatDate(household.nextEvaluationDate, language)
                : t('households.unknown')}
            </TableCell>
            <TableCell>
              <HouseholdFlags safety={household.safetyFlag} comingOfAge={household.comingOfAge} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
