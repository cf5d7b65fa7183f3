import type { FamilyPlan } from '@een-plan/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planApi } from '../../api/plans-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ActionError } from './ActionError.tsx';
import { DomainOptions } from './DomainOptions.tsx';
import { ButtonGroup, SelectField, TextAreaField } from './fields.tsx';
import { usePlanAction } from './use-plan-action.ts';

/** A family member proposes an action under a goal, or a new goal, for the coordinator to decide. */
export function ProposeForm({ plan }: { plan: FamilyPlan }) {
  const { t } = useTranslation();
  const action = usePlanAction();
  const [kind, setKind] = useState<'action' | 'goal'>('action');
  const [goalId, setGoalId] = useState(plan.goals[0]?.id ?? '');
  const [domainCode, setDomainCode] = useState('');
  const [text, setText] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await action.run(
      () =>
        planApi.propose(
          plan.householdId,
          kind === 'action' ? { kind, goalId, text } : { kind, domainCode, text },
        ),
      t('plans.portal.proposeSent'),
    );
    if (ok) setText('');
  }

  return (
    <form onSubmit={submit} noValidate>
      <ActionError error={action.error} />
      {action.done && <Alert type="ok">{action.done}</Alert>}
      <SelectField
        label={t('plans.portal.proposeKind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as 'action' | 'goal')}
      >
        <option value="action">{t('plans.portal.proposeAction')}</option>
        <option value="goal">{t('plans.portal.proposeGoal')}</option>
      </SelectField>
      {kind === 'action' ? (
        <SelectField
          label={t('plans.portal.proposeGoalFor')}
          value={goalId}
          onChange={(e) => setGoalId(e.target.value)}
        >
          {plan.goals.map((g) => (
            <option key={g.id} value={g.id}>
              {g.description}
            </option>
          ))}
        </SelectField>
      ) : (
        <SelectField
          label={t('plans.portal.proposeDomain')}
          value={domainCode}
          onChange={(e) => setDomainCode(e.target.value)}
        >
          <DomainOptions plain />
        </SelectField>
      )}
      <TextAreaField
        label={t('plans.portal.proposeText')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action"
          busy={action.busy}
          disabled={action.busy || text.trim() === ''}
        >
          {t('plans.portal.proposeSend')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
