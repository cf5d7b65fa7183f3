import type { SafetyPlanView } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ownerOptionsQuery } from '../../api/plans-api.ts';
import { safetyPlanApi } from '../../api/safety-plan-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { ButtonGroup } from './fields.tsx';
import { PlanEditorError } from './PlanEditorError.tsx';
import { ChecksPart, NetworkPart, TextListPart, WorriesPart } from './SafetyFormParts.tsx';
import {
  type SafetyDraft,
  type SafetyErrors,
  safetyDraftOf,
  safetyInputOf,
  validateSafetyDraft,
} from './safety-draft.ts';

const CHECKER_KINDS = new Set(['professional', 'network_member', 'household_member']);

/**
 * The coordinator edits the safety section as one new plan version. Empty texts and missing
 * choices are said before sending, next to the field and in a summary that takes the focus; the
 * conditions of Veilig Thuis and the GI are shown but cannot be changed here.
 */
export function SafetySectionForm({
  view,
  onSaved,
  onCancel,
}: {
  view: SafetyPlanView;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const owners = useQuery(ownerOptionsQuery(view.householdId));
  const [draft, setDraft] = useState<SafetyDraft>(() => safetyDraftOf(view));
  const [errors, setErrors] = useState<SafetyErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [serverError, setServerError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const checkers = (owners.data?.options ?? []).filter((o) => CHECKER_KINDS.has(o.kind));

  // After a refused submit the summary takes the focus, so keyboard and screen reader land on it.
  useEffect(() => {
    if (attempt > 0) summary.current?.focus();
  }, [attempt]);

  const update = (fn: (d: SafetyDraft) => void) =>
    setDraft((d) => {
      const copy = structuredClone(d);
      fn(copy);
      return copy;
    });
  const parts = {
    draft,
    update,
    err: (path: string) => (errors[path] ? t(`safetyPlan.errors.${errors[path]}`) : undefined),
    fid: (path: string) => `safety-${path.replaceAll('.', '-')}`,
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateSafetyDraft(draft);
    setErrors(found);
    setServerError(null);
    if (Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      await safetyPlanApi.save(view.householdId, safetyInputOf(draft));
      onSaved();
    } catch (e) {
      setServerError(e);
    } finally {
      setBusy(false);
    }
  }

  const problems = Object.entries(errors);
  return (
    <form
      onSubmit={submit}
      className="plan-editor safety-plan__form"
      noValidate
      aria-labelledby="safety-form-title"
    >
      <Heading level={3} id="safety-form-title">
        {t('safetyPlan.edit')}
      </Heading>
      {problems.length > 0 && (
        <div ref={summary} tabIndex={-1} className="safety-plan__summary">
          <Alert type="error">
            <Paragraph>{t('safetyPlan.errors.summary')}</Paragraph>
            <ul>
              {problems.map(([path, code]) => (
                <li key={path}>
                  <a className="utrecht-link" href={`#${parts.fid(path)}`}>
                    {t(`safetyPlan.${path.split('.')[0] as 'worries'}`)}: {t(`safetyPlan.errors.${code}`)}
                  </a>
                </li>
              ))}
            </ul>
          </Alert>
        </div>
      )}
      <PlanEditorError error={serverError} conflict={null} draftVersion={draft.version} onRedo={onCancel} />
      <WorriesPart {...parts} />
      <TextListPart {...parts} list="strengths" />
      <TextListPart {...parts} list="goals" />
      <NetworkPart {...parts} network={view.networkMembers} />
      <ChecksPart {...parts} checkers={checkers} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action" busy={busy} disabled={busy}>
          {t('safetyPlan.save')}
        </Button>
        <Button onClick={onCancel}>{t('safetyPlan.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}
