import type { CaseloadItem } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../components/Table.tsx';
import { caseStatusBadge, caseStatusLabel } from './case-status.ts';
import { formatDate } from './plans/PlanView.tsx';

export interface CaseloadTableProps {
  caption: string;
  caseload: readonly CaseloadItem[];
}

export function CaseloadTable({ caption, caseload }: CaseloadTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <Table caption={caption} hideCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('workspace.columns.household')}</TableHeaderCell>
          <TableHeaderCell>{t('workspace.columns.area')}</TableHeaderCell>
          <TableHeaderCell numeric>{t('workspace.columns.members')}</TableHeaderCell>
          <TableHeaderCell>{t('workspace.columns.status')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {caseload.map((household) => (
          <TableRow key={household.householdId}>
            <TableHeaderCell scope="row">{household.name}</TableHeaderCell>
            <TableCell>{household.areaName ?? t('workspace.noArea')}</TableCell>
            <TableCell numeric>{household.memberCount}</TableCell>
            <TableCell>
              <StatusBadge status={caseStatusBadge(household.status)}>
                {caseStatusLabel(household.status, t)}
              </StatusBadge>
              {household.closedOn && (
                <span data-closed-on>
                  {' '}
                  {t('dossierStatus.closedOn', { date: formatDate(household.closedOn, i18n.language) })}
                </span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
