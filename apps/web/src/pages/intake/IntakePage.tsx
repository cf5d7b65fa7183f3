import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { intakeViewQuery } from '../../api/households-api.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { usePageTitle } from '../../layout/use-page-title.ts';
import '../households/households.css';
import { IntakeForm } from './IntakeForm.tsx';
import { PreparationSection } from './PreparationSection.tsx';

/** The coordinator's kitchen-table conversation with a household, next to what the family prepared. */
export function IntakePage() {
  const { t } = useTranslation();
  const { householdId } = useParams({ from: '/werkruimte/huishoudens/$householdId/keukentafelgesprek' });
  const view = useQuery(intakeViewQuery(householdId));
  usePageTitle(view.data ? t('intake.titleWith', { household: view.data.householdName }) : t('intake.title'));
  return (
    <div aria-busy={view.isPending}>
      <Paragraph>
        <Link to="/werkruimte/huishoudens/$householdId" params={{ householdId }}>
          {t('intake.back')}
        </Link>
      </Paragraph>
      <Heading level={1}>
        {view.data ? t('intake.titleWith', { household: view.data.householdName }) : t('intake.title')}
      </Heading>
      {view.isPending && <LoadingState />}
      {view.isError && <ErrorState error={view.error} onRetry={() => void view.refetch()} />}
      {view.isSuccess && (
        <>
          <PreparationSection view={view.data} />
          <IntakeForm view={view.data} />
        </>
      )}
    </div>
  );
}
