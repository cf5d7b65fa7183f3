import type { FamilyPlan } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { myPlanQuery, planApi, planPdfUrl } from '../../api/plans-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link, UtrechtLink } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { ActionError } from './ActionError.tsx';
import { PlanCommentsSection } from './PlanCommentsSection.tsx';
import { WithPageContents } from './PlanToc.tsx';
import { AgreementStatus, PlanGoals, PlanStateBadge } from './PlanView.tsx';
import { ProposeForm } from './ProposeForm.tsx';
import { SafetyPlanSection } from './SafetyPlanSection.tsx';
import { usePlanAction } from './use-plan-action.ts';

function PortalPlan({ plan }: { plan: FamilyPlan }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const action = usePlanAction();
  const iAgreed = plan.requiredAgreements.some((r) => r.personId === plan.viewerPersonId && r.agreed);
  const myProposals = plan.proposals;

  return (
    <WithPageContents label={t('plans.toc.label')}>
      <Paragraph>
        <PlanStateBadge state={plan.state} /> {t('plans.versionInfo', { version: plan.version })}
      </Paragraph>
      {plan.partial && <Alert type="info">{t('plans.portal.partialIntro')}</Alert>}
      <ActionError error={action.error} />

      <section className="plan-section" aria-labelledby="portal-vision">
        <Heading level={2} id="portal-vision">
          {t('plans.vision')}
        </Heading>
        <Paragraph>{plan.vision || t('plans.visionEmpty')}</Paragraph>
      </section>

      <section className="plan-section" aria-labelledby="portal-goals">
        <Heading level={2} id="portal-goals">
          {t('plans.goals')}
        </Heading>
        <PlanGoals
          plan={plan}
          plain
          markDone={{
            actionIds: plan.can.markDoneActionIds,
            busy: action.busy,
            onDone: (actionId) =>
              void action.run(() =>
                planApi.setActionStatus(plan.householdId, actionId, plan.version, 'done'),
              ),
          }}
        />
      </section>

      <SafetyPlanSection householdId={plan.householdId} hideDenied />

      {plan.can.agree && (
        <section className="plan-section" aria-labelledby="portal-agree">
          <Heading level={2} id="portal-agree">
            {t('plans.portal.agreeTitle')}
          </Heading>
          <AgreementStatus plan={plan} />
          {iAgreed ? (
            <Alert type="ok">{t('plans.portal.youAgreed')}</Alert>
          ) : (
            <Button
              appearance="primary-action"
              busy={action.busy}
              disabled={action.busy}
              onClick={() => void action.run(() => planApi.agree(plan.householdId, plan.version))}
            >
              {t('plans.portal.agreeButton')}
            </Button>
          )}
        </section>
      )}

      {plan.can.propose && (
        <section className="plan-section plan-portal" aria-labelledby="portal-propose">
          <Heading level={2} id="portal-propose">
            {t('plans.portal.proposeTitle')}
          </Heading>
          <ProposeForm plan={plan} />
          {myProposals.length > 0 && (
            <>
              <Heading level={3}>{t('plans.portal.yourProposals')}</Heading>
              <UnorderedList>
                {myProposals.map((p) => (
                  <UnorderedListItem key={p.id}>
                    {p.text} ({t(`plans.proposals.status.${p.status}`)})
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          )}
        </section>
      )}

      <PlanCommentsSection
        plan={plan}
        action={action}
        headingId="portal-comments"
        className="plan-section plan-portal"
      />

      <Paragraph>
        <UtrechtLink href={planPdfUrl(plan.householdId, language)} download>
          {t('plans.pdf')}
        </UtrechtLink>
      </Paragraph>
    </WithPageContents>
  );
}

/** The family's view of their plan in the portal: /mijn-plan/plan (B1, phone first). */
export function PortalPlanPage() {
  const { t } = useTranslation();
  usePageTitle(t('plans.portal.title'));
  const query = useQuery(myPlanQuery);
  return (
    <div aria-busy={query.isPending}>
      <Paragraph>
        <Link to="/mijn-plan">{t('plans.portal.backHome')}</Link>
      </Paragraph>
      <Heading level={1}>{t('plans.portal.title')}</Heading>
      <Paragraph lead>{t('plans.portal.intro')}</Paragraph>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && query.data.plan === null && <Paragraph>{t('plans.portal.noPlan')}</Paragraph>}
      {query.isSuccess && query.data.plan && <PortalPlan plan={query.data.plan} />}
    </div>
  );
}
