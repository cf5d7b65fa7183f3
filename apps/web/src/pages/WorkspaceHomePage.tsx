import type { WorkspaceHome } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { homeQuery } from '../api/queries.ts';
import { useSession } from '../auth/use-session.ts';
import { ErrorState } from '../components/ErrorState.tsx';
import { Heading } from '../components/Heading.tsx';
import { Link } from '../components/Link.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { Paragraph } from '../components/Paragraph.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { CaseloadTable } from './CaseloadTable.tsx';

function WorkspaceOverview({ home }: { home: WorkspaceHome }) {
  const { t } = useTranslation();
  return (
    <>
      <Paragraph>
        {home.teamName ? t('workspace.team', { team: home.teamName }) : t('workspace.noTeam')}
      </Paragraph>
      <Heading level={2}>{t('workspace.caseloadTitle')}</Heading>
      <Paragraph>
        <Link to="/werkruimte/huishoudens">{t('households.homeLink')}</Link>
      </Paragraph>
      {home.caseload.length === 0 ? (
        <Paragraph>{t('workspace.caseloadEmpty')}</Paragraph>
      ) : (
        <CaseloadTable caption={t('workspace.caseloadTitle')} caseload={home.caseload} />
      )}
    </>
  );
}

export function WorkspaceHomePage() {
  const { t } = useTranslation();
  usePageTitle(t('workspace.title'));
  const session = useSession();
  const home = useQuery(homeQuery);

  return (
    <div aria-busy={home.isPending}>
      <Heading level={1}>{t('workspace.title')}</Heading>
      {session && <Paragraph lead>{t('workspace.greeting', { name: session.user.displayName })}</Paragraph>}
      {home.isPending && <LoadingState />}
      {home.isError && <ErrorState error={home.error} onRetry={() => void home.refetch()} />}
      {home.isSuccess && home.data.kind === 'workspace' && <WorkspaceOverview home={home.data} />}
    </div>
  );
}
