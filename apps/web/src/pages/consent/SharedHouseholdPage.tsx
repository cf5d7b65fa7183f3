import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { ApiError } from '../../api/api-error.ts';
import { sharedIntakeQuery, sharedPlanQuery } from '../../api/consent-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { SafetyPlanSection } from '../plans/SafetyPlanSection.tsx';
import { SharedTracksSection } from '../safety/SharedTracksSection.tsx';
import { useConsentText } from './use-consent-text.ts';

const denied = (e: unknown) => e instanceof ApiError && (e.status === 403 || e.status === 404);

/** What a provider, school or Veilig Thuis sees of a household: only the consented sections. */
export function SharedHouseholdPage() {
  const t = useConsentText();
  const { householdId } = useParams({ strict: false }) as { householdId: string };
  const plan = useQuery(sharedPlanQuery(householdId));
  const intake = useQuery(sharedIntakeQuery(householdId));
  usePageTitle(plan.data?.householdName ?? t('shared.title'));
  return (
    <>
      <Heading level={1}>{plan.data?.householdName ?? t('shared.title')}</Heading>
      <Paragraph>
        <Link to="/werkruimte/gedeeld">{t('shared.back')}</Link>
      </Paragraph>
      {/* What Veilig Thuis opens the dossier for comes first: the safety plan, then the tracks. */}
      <SafetyPlanSection householdId={householdId} hideDenied />
      <SharedTracksSection householdId={householdId} />
      <section aria-labelledby="shared-plan">
        <Heading level={2} id="shared-plan">
          {t('consent.sections.plan')}
        </Heading>
        {plan.isPending && <LoadingState />}
        {plan.isError &&
          (denied(plan.error) ? (
            <Alert type="warning">{t('shared.noAccess')}</Alert>
          ) : (
            <ErrorState error={plan.error} onRetry={() => plan.refetch()} />
          ))}
        {plan.data && plan.data.basis === 'break_glass' && (
          <Alert type="warning">{t('shared.breakGlass')}</Alert>
        )}
        {plan.data &&
          (plan.data.goals.length === 0 ? (
            <Paragraph>{t('shared.noActions')}</Paragraph>
          ) : (
            plan.data.goals.map((g) => (
              <article key={g.id} aria-labelledby={`goal-${g.id}`}>
                <Heading level={3} id={`goal-${g.id}`}>
                  {g.description}
                </Heading>
                <Paragraph>{g.achievedWhen}</Paragraph>
                <UnorderedList>
                  {g.actions.map((a) => (
                    <UnorderedListItem key={a.id}>{a.description}</UnorderedListItem>
                  ))}
                </UnorderedList>
              </article>
            ))
          ))}
      </section>
      <section aria-labelledby="shared-intake">
        <Heading level={2} id="shared-intake">
          {t('consent.sections.intake')}
        </Heading>
        {intake.isPending && <LoadingState />}
        {intake.isError &&
          (denied(intake.error) ? (
            <Alert type="warning">{t('shared.noAccess')}</Alert>
          ) : (
            <ErrorState error={intake.error} onRetry={() => intake.refetch()} />
          ))}
        {intake.data && (
          <Paragraph>{t('shared.scores', { count: intake.data.selfReliance.length })}</Paragraph>
        )}
      </section>
    </>
  );
}
