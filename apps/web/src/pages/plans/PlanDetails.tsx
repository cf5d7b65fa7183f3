import type { FamilyPlan } from '@een-plan/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { householdPlanQuery, planPdfUrl, trendQuery } from '../../api/plans-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { UtrechtLink } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { PlanAssignmentsSection } from '../assignments/PlanAssignmentsSection.tsx';
import { ActionError } from './ActionError.tsx';
import { ButtonGroup } from './fields.tsx';
import { PlanAgreementsSection } from './PlanAgreementsSection.tsx';
import { PlanCommentsSection } from './PlanCommentsSection.tsx';
import { PlanEditor } from './PlanEditor.tsx';
import { PlanEvaluationSection } from './PlanEvaluationSection.tsx';
import { PlanProposalsSection } from './PlanProposalsSection.tsx';
import { WithPageContents } from './PlanToc.tsx';
import { PlanTransitionsSection } from './PlanTransitionsSection.tsx';
import { PlanVersions } from './PlanVersions.tsx';
import { PlanGoals, PlanStateBadge } from './PlanView.tsx';
import { SafetyPlanSection } from './SafetyPlanSection.tsx';
import { TrendChart } from './TrendChart.tsx';
import { usePlanAction } from './use-plan-action.ts';

/** The coordinator's whole plan: read, edit, agree, move on, answer the family and evaluate. */
export function PlanDetails({ plan }: { plan: FamilyPlan }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const action = usePlanAction();
  const [editing, setEditing] = useState(false);
  const trend = useQuery(trendQuery(plan.householdId));
  const names = new Map(plan.members.map((m) => [m.personId, m.firstName]));

  if (editing) {
    return (
      <PlanEditor
        plan={plan}
        onSaved={() => {
          setEditing(false);
          void queryClient.invalidateQueries({ queryKey: ['plan'] });
        }}
        onCancel={() => setEditing(false)}
        onReload={async () => {
          await queryClient.invalidateQueries({ queryKey: ['plan'] });
          return (await queryClient.fetchQuery(householdPlanQuery(plan.householdId))).plan;
        }}
      />
    );
  }

  return (
    <WithPageContents label={t('plans.toc.label')}>
      <Paragraph>
        <PlanStateBadge state={plan.state} /> {t('plans.versionInfo', { version: plan.version })}
        {plan.agreedVersion !== null && ` · ${t('plans.agreedVersionInfo', { version: plan.agreedVersion })}`}
      </Paragraph>
      {plan.agreedVersion !== plan.version && plan.state !== 'closed' && (
        <Alert type="warning">{t('plans.pendingAgreement')}</Alert>
      )}
      <ActionError error={action.error} />
      {action.done && <Alert type="ok">{action.done}</Alert>}
      <ButtonGroup>
        {plan.can.edit && (
          <Button appearance="primary-action" onClick={() => setEditing(true)}>
            {t('plans.editor.edit')}
          </Button>
        )}
        <UtrechtLink href={planPdfUrl(plan.householdId, language)} download>
          {t('plans.pdf')}
        </UtrechtLink>
      </ButtonGroup>

      <section className="plan-section" aria-labelledby="plan-vision">
        <Heading level={2} id="plan-vision">
          {t('plans.vision')}
        </Heading>
        <Paragraph>{plan.vision || t('plans.visionEmpty')}</Paragraph>
      </section>

      <section className="plan-section" aria-labelledby="plan-goals">
        <Heading level={2} id="plan-goals">
          {t('plans.goals')}
        </Heading>
        <PlanGoals plan={plan} />
      </section>

      <SafetyPlanSection householdId={plan.householdId} />
      <PlanAssignmentsSection plan={plan} />
      <PlanAgreementsSection plan={plan} action={action} />
      <PlanTransitionsSection plan={plan} action={action} />
      <PlanProposalsSection plan={plan} action={action} />
      <PlanCommentsSection plan={plan} action={action} headingId="plan-comments" className="plan-section" />
      <PlanEvaluationSection plan={plan} />

      <div className="plan-section">
        {trend.isPending && <LoadingState />}
        {trend.isError && <ErrorState error={trend.error} />}
        {trend.isSuccess && <TrendChart trend={trend.data} names={names} />}
      </div>

      <section className="plan-section" aria-labelledby="plan-versions">
        <Heading level={2} id="plan-versions">
          {t('plans.versions.title')}
        </Heading>
        <PlanVersions plan={plan} />
      </section>
    </WithPageContents>
  );
}
