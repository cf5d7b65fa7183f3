import type { SafetyPlanView } from '@een-plan/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { safetyPlanApi } from '../../api/safety-plan-api.ts';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { ButtonGroup, TextAreaField } from './fields.tsx';
import type { PlanAction } from './use-plan-action.ts';

/** Veilig Thuis or the GI writes its own bottom-line conditions (the server knows whose they are). */
export function ConditionsForm({ view, action }: { view: SafetyPlanView; action: PlanAction }) {
  const { t } = useTranslation();
  const own = view.section.goals.filter(
    (g) =>
      g.setBy !== 'plan' &&
      (view.basis === 'certified_institution') === (g.setBy === 'certified_institution'),
  );
  const [items, setItems] = useState(() =>
    own.map((g) => ({ id: g.id as string | undefined, text: g.text })),
  );
  async function submit(event: FormEvent) {
    event.preventDefault();
    await action.run(
      () =>
        safetyPlanApi.setConditions(view.householdId, {
          version: view.version,
          conditions: items.filter((c) => c.text.trim() !== ''),
        }),
      t('safetyPlan.conditions.saved'),
    );
  }
  return (
    <form onSubmit={submit} className="safety-plan__record" aria-labelledby="safety-conditions-title">
      <Heading level={3} id="safety-conditions-title">
        {t('safetyPlan.conditions.title')}
      </Heading>
      {items.map((c, i) => (
        <TextAreaField
          key={c.id ?? `new-${i}`}
          label={t('safetyPlan.conditions.text', { n: i + 1 })}
          value={c.text}
          rows={2}
          onChange={(e) =>
            setItems((list) => list.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))
          }
        />
      ))}
      <ButtonGroup>
        <Button onClick={() => setItems((list) => [...list, { id: undefined, text: '' }])}>
          {t('safetyPlan.conditions.add')}
        </Button>
        <Button type="submit" appearance="primary-action" busy={action.busy} disabled={action.busy}>
          {t('safetyPlan.conditions.save')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
