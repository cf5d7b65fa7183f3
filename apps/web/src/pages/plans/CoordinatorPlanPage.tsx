import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { householdPlanQuery, planApi } from '../../api/plans-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { ActionError } from './ActionError.tsx';
import { PlanDetails } from './PlanDetails.tsx';
import { usePlanAction } from './use-plan-action.ts';

/** The coordinator's plan tab of a household: /werkruimte/huishoudens/$householdId/plan. */
export function CoordinatorPlanPage() {
  const { t } = useTranslation();
  const { householdId } = useParams({ strict: false }) as { householdId: string };
  const query = useQuery(householdPlanQuery(householdId));
  const action = usePlanAction();
  const name = query.data?.plan?.householdName;
  usePageTitle(name ? t('plans.titleWith', { name }) : t('plans.title'));
  return (
    <div aria-busy={query.isPending}>
      <Paragraph>
        <Link to="/werkruimte/huishoudens">{t('plans.backToWorkspace')}</Link>
      </Paragraph>
      <Heading level={1}>{name ? t('plans.titleWith', { name }) : t('plans.title')}</Heading>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && query.data.plan === null && (
        <>
          <Paragraph>{t('plans.noPlan')}</Paragraph>
          <ActionError error={action.error} />
          <Button
            appearance="primary-action"
            busy={action.busy}
            onClick={() => void action.run(() => planApi.create(householdId, ''))}
          >
            {t('plans.startPlan')}
          </Button>
        </>
      )}
      {query.isSuccess && query.data.plan && <PlanDetails plan={query.data.plan} />}
    </div>
  );
}
