import type { FamilyPlan, PlanEvaluationInput, PlanGoalResult } from '@een-plan/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planApi } from '../../api/plans-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { ActionError } from './ActionError.tsx';
import { ButtonGroup, SelectField, TextAreaField, TextField } from './fields.tsx';
import { useDomainNames } from './PlanView.tsx';
import { usePlanAction } from './use-plan-action.ts';

/** The coordinator records an evaluation: a result per goal, next steps and self-reliance scores. */
export function EvaluationForm({ plan }: { plan: FamilyPlan }) {
  const { t } = useTranslation();
  const domains = useDomainNames();
  const action = usePlanAction();
  const [evaluatedOn, setEvaluatedOn] = useState(new Date().toISOString().slice(0, 10));
  const [results, setResults] = useState<Record<string, PlanGoalResult>>({});
  const [nextSteps, setNextSteps] = useState('');
  const [nextDate, setNextDate] = useState('');
  // One score per member per domain of the plan's goals.
  const scoreKeys = [...new Set(plan.goals.map((g) => g.domainCode))].flatMap((domainCode) =>
    plan.members
      .filter((m) => m.age >= 12)
      .map((m) => ({ personId: m.personId, name: m.firstName, domainCode })),
  );
  const [scores, setScores] = useState<Record<string, string>>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input: PlanEvaluationInput = {
      version: plan.version,
      evaluatedOn,
      goalResults: plan.goals.flatMap((g) => {
        const result = results[g.id];
        return result ? [{ goalId: g.id, result }] : [];
      }),
      nextSteps,
      nextEvaluationDate: nextDate || null,
      scores: scoreKeys
        .filter((k) => scores[`${k.personId}:${k.domainCode}`])
        .map((k) => ({
          personId: k.personId,
          domainCode: k.domainCode,
          score: Number(scores[`${k.personId}:${k.domainCode}`]),
        })),
    };
    await action.run(() => planApi.evaluate(plan.householdId, input), t('plans.saved'));
  }

  return (
    <form onSubmit={submit} noValidate>
      <Paragraph>{t('plans.evaluation.intro')}</Paragraph>
      <ActionError error={action.error} />
      {action.done && <Alert type="ok">{action.done}</Alert>}
      <TextField
        type="date"
        label={t('plans.evaluation.evaluatedOn')}
        value={evaluatedOn}
        onChange={(e) => setEvaluatedOn(e.target.value)}
      />
      {plan.goals.map((g, i) => (
        <SelectField
          key={g.id}
          label={t('plans.evaluation.resultFor', { number: i + 1, goal: g.description })}
          value={results[g.id] ?? ''}
          onChange={(e) => setResults({ ...results, [g.id]: e.target.value as PlanGoalResult })}
        >
          <option value="">{t('plans.editor.choose')}</option>
          {(['achieved', 'partly', 'not_achieved'] as const).map((r) => (
            <option key={r} value={r}>
              {t(`plans.result.${r}`)}
            </option>
          ))}
        </SelectField>
      ))}
      <TextAreaField
        label={t('plans.evaluation.nextSteps')}
        value={nextSteps}
        aria-required="true"
        onChange={(e) => setNextSteps(e.target.value)}
      />
      <TextField
        type="date"
        label={t('plans.evaluation.nextEvaluationDate')}
        value={nextDate}
        onChange={(e) => setNextDate(e.target.value)}
      />
      <Heading level={3}>{t('plans.evaluation.scoresTitle')}</Heading>
      {scoreKeys.map((k) => {
        const key = `${k.personId}:${k.domainCode}`;
        return (
          <SelectField
            key={key}
            label={t('plans.evaluation.scoreFor', {
              name: k.name,
              domain: domains.get(k.domainCode) ?? k.domainCode,
            })}
            value={scores[key] ?? ''}
            onChange={(e) => setScores({ ...scores, [key]: e.target.value })}
          >
            <option value="">{t('plans.evaluation.noScore')}</option>
            {[1, 2, 3, 4, 5].map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </SelectField>
        );
      })}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action" busy={action.busy} disabled={action.busy}>
          {t('plans.evaluation.save')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
