import type { HomeResponse } from '@een-plan/contracts';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { homeQuery } from '../api/queries.ts';
import { tasksQuery } from '../api/tasks-api.ts';
import { useSession } from '../auth/use-session.ts';
import { ErrorState } from '../components/ErrorState.tsx';
import { Heading } from '../components/Heading.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { Paragraph } from '../components/Paragraph.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { AdminHomeView } from './home/AdminHomeView.tsx';
import { CertifiedInstitutionHomeView } from './home/CertifiedInstitutionHomeView.tsx';
import { CoordinatorHomeView } from './home/CoordinatorHomeView.tsx';
import { CrisisServiceHomeView } from './home/CrisisServiceHomeView.tsx';
import { HOME_TASKS_LIMIT } from './home/HomeSection.tsx';
import { PolicyAnalystHomeView } from './home/PolicyAnalystHomeView.tsx';
import { ProviderHomeView } from './home/ProviderHomeView.tsx';
import { SafetyHomeView } from './home/SafetyHomeView.tsx';
import { SourceHomeView } from './home/SourceHomeView.tsx';
import { TeamLeadHomeView } from './home/TeamLeadHomeView.tsx';
import './home/home.css';

/**
 * Each role's own work; a resident's portal home lives under /mijn-plan. The coordinator's and
 * team lead's views start with their most urgent section, so a "Taken" (tasks) panel fits on top.
 */
function RoleHome({ home }: { home: HomeResponse }) {
  switch (home.kind) {
    case 'coordinator':
      return <CoordinatorHomeView home={home} />;
    case 'team_lead':
      return <TeamLeadHomeView home={home} />;
    case 'source':
      return <SourceHomeView home={home} />;
    case 'provider':
      return <ProviderHomeView home={home} />;
    case 'safety':
      return <SafetyHomeView home={home} />;
    case 'policy_analyst':
      return <PolicyAnalystHomeView home={home} />;
    case 'admin':
      return <AdminHomeView home={home} />;
    case 'crisis_service':
      return <CrisisServiceHomeView home={home} />;
    case 'certified_institution':
      return <CertifiedInstitutionHomeView home={home} />;
    case 'portal':
      return null;
  }
}

export function WorkspaceHomePage() {
  const { t } = useTranslation();
  usePageTitle(t('workspace.title'));
  const session = useSession();
  const home = useQuery(homeQuery);
  // The coordinator's and team lead's homes open with their tasks panel: fetch it alongside the home
  // and show both at once, so the sections below do not jump down when the tasks arrive.
  const role = session?.user.role;
  const withTasks = role === 'coordinator' || role === 'team_lead';
  const tasks = useInfiniteQuery({ ...tasksQuery('open', HOME_TASKS_LIMIT), enabled: withTasks });
  const pending = home.isPending || (withTasks && tasks.isPending);
  const teamName = home.data && 'teamName' in home.data ? home.data.teamName : null;

  return (
    <div aria-busy={pending}>
      <Heading level={1}>{t('workspace.title')}</Heading>
      {session && <Paragraph lead>{t('workspace.greeting', { name: session.user.displayName })}</Paragraph>}
      {teamName && <Paragraph>{t('workspace.team', { team: teamName })}</Paragraph>}
      {pending && !home.isError && <LoadingState />}
      {home.isError && <ErrorState error={home.error} onRetry={() => void home.refetch()} />}
      {home.isSuccess && !pending && <RoleHome home={home.data} />}
    </div>
  );
}
