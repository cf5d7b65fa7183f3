import { type CoordinatorHome, EVALUATION_DUE_DAYS } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { CaseloadTable } from '../CaseloadTable.tsx';
import { formatDate } from '../referrals/format.ts';
import { TasksPanel } from '../tasks/TasksPanel.tsx';
import { HOME_TASKS_LIMIT, HomeList, HomeListItem, HomeSection } from './HomeSection.tsx';

/** The coordinator's day, in order of urgency: tasks first, then plans waiting for agreement. */
export function CoordinatorHomeView({ home }: { home: CoordinatorHome }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <Paragraph>
        {t('homes.coordinator.summary', {
          households: home.caseload.total,
          plans: home.plansAwaitingAgreement.total,
          evaluations: home.evaluationsDue.total,
        })}
      </Paragraph>
      <HomeSection title={t('tasks.panelTitle')}>
        <TasksPanel limit={HOME_TASKS_LIMIT} />
      </HomeSection>
      <HomeSection
        title={t('homes.coordinator.plansTitle')}
        isEmpty={home.plansAwaitingAgreement.total === 0}
        empty={t('homes.coordinator.plansEmpty')}
      >
        <HomeList>
          {home.plansAwaitingAgreement.items.map((p) => (
            <HomeListItem key={p.householdId}>
              <Link to="/werkruimte/huishoudens/$householdId/plan" params={{ householdId: p.householdId }}>
                {p.householdName}
              </Link>{' '}
              ({t(`plans.state.${p.state}` as 'plans.state.concept')},{' '}
              {t('homes.coordinator.planVersion', { version: p.version })})
            </HomeListItem>
          ))}
        </HomeList>
      </HomeSection>
      <HomeSection
        title={t('homes.coordinator.evaluationsTitle', { days: EVALUATION_DUE_DAYS })}
        isEmpty={home.evaluationsDue.total === 0}
        empty={t('homes.coordinator.evaluationsEmpty', { days: EVALUATION_DUE_DAYS })}
      >
        <HomeList>
          {home.evaluationsDue.items.map((e) => (
            <HomeListItem key={e.householdId}>
              <Link to="/werkruimte/huishoudens/$householdId/plan" params={{ householdId: e.householdId }}>
                {e.householdName}
              </Link>
              : {t('homes.coordinator.evaluationOn', { date: formatDate(e.date, language) })}
              {e.overdue && <StatusBadge status="warning">{t('homes.overdue')}</StatusBadge>}
            </HomeListItem>
          ))}
        </HomeList>
      </HomeSection>
      <HomeSection
        title={t('homes.coordinator.caseloadTitle')}
        isEmpty={home.caseload.total === 0}
        empty={t('homes.coordinator.caseloadEmpty')}
        footer={<Link to="/werkruimte/huishoudens">{t('households.homeLink')}</Link>}
      >
        <CaseloadTable caption={t('homes.coordinator.caseloadTitle')} caseload={home.caseload.items} />
      </HomeSection>
      <HomeSection
        title={t('homes.coordinator.requestsTitle')}
        footer={home.openRequests > 0 && <Link to="/verzoeken">{t('homes.coordinator.requestsLink')}</Link>}
      >
        <Paragraph>
          {home.openRequests > 0
            ? t('homes.coordinator.requests', { count: home.openRequests })
            : t('homes.coordinator.requestsEmpty')}
        </Paragraph>
      </HomeSection>
    </>
  );
}
