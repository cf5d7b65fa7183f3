import type { TeamLeadHome } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link.tsx';
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
import { formatEuro } from '../assignments/format.ts';
import { formatDate } from '../referrals/format.ts';
import { TasksPanel } from '../tasks/TasksPanel.tsx';
import { HOME_TASKS_LIMIT, HomeList, HomeListItem, HomeSection } from './HomeSection.tsx';

/** The team lead's day: tasks, approvals, the waiting list against the norm, the team's workload. */
export function TeamLeadHomeView({ home }: { home: TeamLeadHome }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <HomeSection title={t('tasks.panelTitle')}>
        <TasksPanel limit={HOME_TASKS_LIMIT} />
      </HomeSection>
      <HomeSection
        title={t('homes.teamLead.approvalsTitle')}
        isEmpty={home.approvals.total === 0}
        empty={t('homes.teamLead.approvalsEmpty')}
      >
        <HomeList>
          {home.approvals.items.map((a) => (
            <HomeListItem key={a.assignmentId}>
              {t('homes.teamLead.approval', {
                household: a.householdName,
                product: a.productName,
                amount: formatEuro(a.budgetCents, language),
              })}{' '}
              —{' '}
              <Link to="/werkruimte/huishoudens/$householdId/plan" params={{ householdId: a.householdId }}>
                {t('homes.teamLead.approvalLink', { household: a.householdName })}
              </Link>
            </HomeListItem>
          ))}
        </HomeList>
      </HomeSection>
      <HomeSection
        title={t('homes.teamLead.waitingTitle')}
        isEmpty={home.waitingList.total === 0}
        empty={t('homes.teamLead.waitingEmpty')}
        footer={
          <>
            <Link to="/aanmeldingen">{t('homes.showAll', { count: home.waitingList.total })}</Link>
            {' · '}
            <Link to="/wachttijden">{t('homes.teamLead.waitingTimesLink')}</Link>
          </>
        }
      >
        <Paragraph>
          {t('homes.teamLead.waitingSummary', {
            total: home.waitingList.total,
            overdue: home.waitingList.overdue,
          })}
        </Paragraph>
        <HomeList>
          {home.waitingList.items.map((s) => (
            <HomeListItem key={s.referralId}>
              <Link to="/aanmeldingen/$referralId" params={{ referralId: s.referralId }}>
                {s.subjectName}
              </Link>
              : {formatDate(s.receivedAt, language)},{' '}
              {t('homes.teamLead.waitingDays', { days: s.workingDaysWaiting, norm: s.normDays })}
              {s.urgency === 'urgent' && (
                <StatusBadge status="warning">{t('homes.teamLead.urgent')}</StatusBadge>
              )}
              {s.overdue && <StatusBadge status="warning">{t('homes.overdue')}</StatusBadge>}
            </HomeListItem>
          ))}
        </HomeList>
      </HomeSection>
      <HomeSection
        title={t('homes.teamLead.workloadTitle')}
        isEmpty={home.workload.length === 0}
        empty={t('homes.teamLead.workloadEmpty')}
        footer={<Link to="/werkruimte/huishoudens">{t('households.homeLink')}</Link>}
      >
        <Table caption={t('homes.teamLead.workloadTitle')} hideCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('homes.teamLead.workloadColumns.coordinator')}</TableHeaderCell>
              <TableHeaderCell numeric>{t('homes.teamLead.workloadColumns.households')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {home.workload.map((w) => (
              <TableRow key={w.coordinatorId}>
                <TableHeaderCell scope="row">{w.name}</TableHeaderCell>
                <TableCell numeric>{w.households}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {home.unassignedHouseholds > 0 && (
          <Paragraph>{t('homes.teamLead.unassigned', { count: home.unassignedHouseholds })}</Paragraph>
        )}
      </HomeSection>
      <HomeSection
        title={t('homes.teamLead.breakGlassTitle')}
        footer={
          home.breakGlassToReview > 0 && (
            <Link to="/werkruimte/noodtoegang/beoordelen">{t('homes.teamLead.breakGlassLink')}</Link>
          )
        }
      >
        <Paragraph>
          {home.breakGlassToReview > 0
            ? t('homes.teamLead.breakGlass', { count: home.breakGlassToReview })
            : t('homes.teamLead.breakGlassEmpty')}
        </Paragraph>
      </HomeSection>
    </>
  );
}
