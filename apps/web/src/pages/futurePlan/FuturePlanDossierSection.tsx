import type { FuturePlan } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { householdFuturePlansQuery } from '../../api/future-plan-api.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { formatDate } from '../households/HouseholdsPage.tsx';
import { ContinuityForm } from './ContinuityForm.tsx';
import { ContinuityText } from './ContinuityText.tsx';
import { DossierTopicsTable } from './DossierTopicsTable.tsx';
import './future-plan.css';

function PlanSummary({ plan }: { plan: FuturePlan }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="future-plan">
      <Heading level={3}>
        {t('futurePlan.dossier.youth', {
          name: plan.youthFirstName,
          date: formatDate(plan.eighteenthBirthday, language),
        })}
        {plan.daysUntil18 > 0 && ` (${t('futurePlan.dossier.countdown', { count: plan.daysUntil18 })})`}
      </Heading>
      <Paragraph>
        {plan.helper
          ? t('futurePlan.dossier.helper', { name: plan.helper.name })
          : t('futurePlan.dossier.noHelper')}
      </Paragraph>
      <Heading level={4}>{t('futurePlan.dossier.dueTitle')}</Heading>
      <DossierTopicsTable plan={plan} />
      <Heading level={4}>{t('futurePlan.dossier.continuityTitle')}</Heading>
      <ContinuityText plan={plan} />
      {plan.continuity?.decidedByName && (
        <Paragraph>{t('futurePlan.dossier.decided', { name: plan.continuity.decidedByName })}</Paragraph>
      )}
      {plan.may.decideContinuity && <ContinuityForm plan={plan} />}
    </div>
  );
}

/** The coordinator's view of the household's toekomstplannen: countdown, due topics, continuity. */
export function FuturePlanDossierSection({ householdId }: { householdId: string }) {
  const { t } = useTranslation();
  const plans = useQuery(householdFuturePlansQuery(householdId));
  return (
    <section className="dossier-section" id="toekomstplan" aria-labelledby="dossier-future-plan">
      <Heading level={2} id="dossier-future-plan">
        {t('futurePlan.dossier.title')}
      </Heading>
      {plans.isPending && <LoadingState />}
      {plans.isError && <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />}
      {plans.isSuccess && plans.data.plans.length === 0 && (
        <Paragraph>{t('futurePlan.dossier.none')}</Paragraph>
      )}
      {plans.isSuccess && plans.data.plans.map((plan) => <PlanSummary key={plan.id} plan={plan} />)}
    </section>
  );
}
