import type { FamilyPlan, PlanActionOwnerKind, PlanOwnerOption, PlanPriority } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.tsx';
import { ActionFieldset } from './ActionFieldset.tsx';
import { DomainOptions } from './DomainOptions.tsx';
import { ButtonGroup, Fieldset, SelectField, TextAreaField, TextField } from './fields.tsx';
import { type DraftGoal, emptyAction, type UpdateDraft, updateGoal } from './plan-draft.ts';

/** One goal of the plan: its domain, what counts as achieved, whom it concerns, and its actions. */
export function GoalFieldset({
  goal,
  gi,
  members,
  update,
  ownerOptions,
}: {
  goal: DraftGoal;
  gi: number;
  members: FamilyPlan['members'];
  update: UpdateDraft;
  ownerOptions: (kind: PlanActionOwnerKind) => PlanOwnerOption[];
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('plans.editor.goalLegend', { number: gi + 1 })}>
      <SelectField
        label={t('plans.editor.domainLabel')}
        value={goal.domainCode}
        aria-required="true"
        onChange={(e) =>
          updateGoal(update, gi, (g) => {
            g.domainCode = e.target.value;
          })
        }
      >
        <DomainOptions />
      </SelectField>
      <TextAreaField
        label={t('plans.editor.descriptionLabel')}
        value={goal.description}
        aria-required="true"
        onChange={(e) =>
          updateGoal(update, gi, (g) => {
            g.description = e.target.value;
          })
        }
      />
      <TextAreaField
        label={t('plans.editor.achievedWhenLabel')}
        value={goal.achievedWhen}
        aria-required="true"
        onChange={(e) =>
          updateGoal(update, gi, (g) => {
            g.achievedWhen = e.target.value;
          })
        }
      />
      <SelectField
        label={t('plans.editor.priorityLabel')}
        value={goal.priority}
        onChange={(e) =>
          updateGoal(update, gi, (g) => {
            g.priority = e.target.value as PlanPriority;
          })
        }
      >
        {(['high', 'medium', 'low'] as const).map((p) => (
          <option key={p} value={p}>
            {t(`plans.priority.${p}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        type="date"
        label={t('plans.editor.targetDateLabel')}
        value={goal.targetDate ?? ''}
        onChange={(e) =>
          updateGoal(update, gi, (g) => {
            g.targetDate = e.target.value || null;
          })
        }
      />
      <Fieldset legend={t('plans.editor.concernsLabel')}>
        {members.map((m) => (
          <div key={m.personId} className="utrecht-form-field utrecht-form-field--checkbox">
            <label className="utrecht-form-label utrecht-form-label--checkbox">
              <input
                type="checkbox"
                className="utrecht-checkbox utrecht-checkbox--html-input"
                checked={(goal.concernsPersonIds ?? []).includes(m.personId)}
                onChange={(e) =>
                  updateGoal(update, gi, (g) => {
                    const others = (g.concernsPersonIds ?? []).filter((id) => id !== m.personId);
                    g.concernsPersonIds = e.target.checked ? [...others, m.personId] : others;
                  })
                }
              />{' '}
              {m.firstName}
            </label>
          </div>
        ))}
      </Fieldset>
      {(goal.actions ?? []).map((action, ai) => (
        <ActionFieldset
          key={action.id ?? `new-${ai}`}
          action={action}
          ai={ai}
          gi={gi}
          update={update}
          ownerOptions={ownerOptions}
        />
      ))}
      <ButtonGroup>
        <Button
          onClick={() =>
            updateGoal(update, gi, (g) => {
              g.actions = [...(g.actions ?? []), emptyAction()];
            })
          }
        >
          {t('plans.editor.addAction', { number: gi + 1 })}
        </Button>
        <Button
          onClick={() =>
            update((d) => {
              d.goals.splice(gi, 1);
            })
          }
        >
          {t('plans.editor.removeGoal', { number: gi + 1 })}
        </Button>
      </ButtonGroup>
    </Fieldset>
  );
}
