import type { FamilyPlan } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../components/Heading.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { EvaluationForm } from './EvaluationForm.tsx';
import { formatDate } from './PlanView.tsx';

/** Evaluating the plan (when allowed) and the evaluations so far. */
export function PlanEvaluationSection({ plan }: { plan: FamilyPlan }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!plan.can.evaluate && plan.evaluations.length === 0) return null;
  return (
    <section className="plan-section" aria-labelledby="plan-evaluation">
      <Heading level={2} id="plan-evaluation">
        {t('plans.evaluation.title')}
      </Heading>
      {plan.can.evaluate && <EvaluationForm plan={plan} />}
      {plan.evaluations.length > 0 && (
        <>
          <Heading level={3}>{t('plans.evaluation.history')}</Heading>
          <UnorderedList>
            {plan.evaluations.map((e) => (
              <UnorderedListItem key={e.id}>
                {t('plans.evaluation.historyLine', {
                  date: formatDate(e.evaluatedOn, language),
                  version: e.planVersion,
                  steps: e.nextSteps,
                })}
                <UnorderedList>
                  {e.goalResults.map((r) => (
                    <UnorderedListItem key={r.goalId}>
                      {plan.goals.find((g) => g.id === r.goalId)?.description ?? r.goalId}:{' '}
                      {t(`plans.result.${r.result}`)}
                    </UnorderedListItem>
                  ))}
                </UnorderedList>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
    </section>
  );
}
