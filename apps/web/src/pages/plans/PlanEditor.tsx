import type { FamilyPlan, PlanActionOwnerKind, PlanDiff, PlanOwnerOption } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.ts';
import { fetchDiff, ownerOptionsQuery, planApi } from '../../api/plans-api.ts';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { ButtonGroup, TextAreaField } from './fields.tsx';
import { GoalFieldset } from './GoalFieldset.tsx';
import { PlanEditorError } from './PlanEditorError.tsx';
import { type Draft, draftOf, emptyGoal, type UpdateDraft } from './plan-draft.ts';

/**
 * Edits vision, goals and actions as one version. The server checks the version: if someone else
 * saved first, the editor shows what they changed and lets the user start again from the latest.
 */
export function PlanEditor({
  plan,
  onSaved,
  onCancel,
  onReload,
}: {
  plan: FamilyPlan;
  onSaved: () => void;
  onCancel: () => void;
  onReload: () => Promise<FamilyPlan | null>;
}) {
  const { t } = useTranslation();
  const owners = useQuery(ownerOptionsQuery(plan.householdId));
  const [draft, setDraft] = useState<Draft>(() => draftOf(plan));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<PlanDiff | null>(null);

  const update: UpdateDraft = (fn) =>
    setDraft((d) => {
      const copy = structuredClone(d);
      fn(copy);
      return copy;
    });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await planApi.save(plan.householdId, draft);
      onSaved();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'version_conflict' && e.problem?.currentVersion) {
        setConflict(await fetchDiff(plan.householdId, draft.version, e.problem.currentVersion));
      }
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  async function redo() {
    const latest = await onReload();
    if (latest) setDraft(draftOf(latest));
    setConflict(null);
    setError(null);
  }

  const ownerOptions = (kind: PlanActionOwnerKind): PlanOwnerOption[] =>
    (owners.data?.options ?? []).filter((o) => o.kind === kind);

  return (
    <form onSubmit={submit} className="plan-editor" noValidate>
      <Heading level={2}>{t('plans.editor.edit')}</Heading>
      <PlanEditorError
        error={error}
        conflict={conflict}
        draftVersion={draft.version}
        onRedo={() => void redo()}
      />
      <TextAreaField
        label={t('plans.editor.visionLabel')}
        value={draft.vision}
        rows={4}
        onChange={(e) =>
          update((d) => {
            d.vision = e.target.value;
          })
        }
      />
      {draft.goals.map((goal, gi) => (
        <GoalFieldset
          key={goal.id ?? `new-${gi}`}
          goal={goal}
          gi={gi}
          members={plan.members}
          update={update}
          ownerOptions={ownerOptions}
        />
      ))}
      <ButtonGroup>
        <Button
          onClick={() =>
            update((d) => {
              d.goals.push(emptyGoal());
            })
          }
        >
          {t('plans.editor.addGoal')}
        </Button>
      </ButtonGroup>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action" busy={busy} disabled={busy}>
          {t('plans.editor.save')}
        </Button>
        <Button onClick={onCancel}>{t('plans.editor.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}
