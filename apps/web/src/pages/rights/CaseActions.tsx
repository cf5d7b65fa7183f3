import { OUTCOMES_BY_KIND, type RightsCase, type RightsOutcome } from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { teamCoordinatorsQuery } from '../../api/referrals-api.ts';
import { caseStep, rightsKeys } from '../../api/rights-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../households/form-fields.tsx';

type Step = Parameters<typeof caseStep>[2];
type Body = Parameters<typeof caseStep>[3];

/** The steps a professional records on an open case; the server decides who may take which. */
export function CaseActions({ householdId, c }: { householdId: string; c: RightsCase }) {
  const { t } = useTranslation();
  return (
    <>
      {(c.kind === 'request' || c.kind === 'objection') && !c.postponedOn && (
        <StepForm householdId={householdId} c={c} step="postponement" title={t('rights.work.postpone')}>
          {(set) => (
            <>
              <TextAreaField
                label={t('rights.work.postponeReason')}
                onChange={(e) => set('reason', e.target.value)}
              />
              {c.kind === 'request' && (
                <TextField
                  label={t('rights.work.newDueOn')}
                  type="date"
                  onChange={(e) => set('newDueOn', e.target.value)}
                />
              )}
            </>
          )}
        </StepForm>
      )}
      {c.kind === 'objection' && (
        <StepForm householdId={householdId} c={c} step="hearing" title={t('rights.work.hearing')}>
          {(set) => (
            <>
              <TextField
                label={t('rights.work.hearingOn')}
                type="date"
                defaultValue={c.hearingOn ?? ''}
                onChange={(e) => set('hearingOn', e.target.value)}
              />
              <CheckboxField
                label={t('rights.work.committee')}
                defaultChecked={c.advisoryCommittee}
                onChange={(e) => set('advisoryCommittee', e.target.checked)}
              />
              <TextAreaField
                label={t('rights.work.hearingOutcome')}
                onChange={(e) => set('outcome', e.target.value)}
              />
            </>
          )}
        </StepForm>
      )}
      {c.kind === 'complaint' && !c.acknowledgedOn && (
        <StepForm householdId={householdId} c={c} step="acknowledgement" title={t('rights.work.acknowledge')}>
          {() => null}
        </StepForm>
      )}
      <StepForm
        householdId={householdId}
        c={c}
        step="decision"
        title={t('rights.work.decide')}
        initial={{ outcome: OUTCOMES_BY_KIND[c.kind][0] ?? '' }}
      >
        {(set) => (
          <>
            <SelectField
              label={t('rights.work.outcome')}
              onChange={(e) => set('outcome', e.target.value as RightsOutcome)}
            >
              {OUTCOMES_BY_KIND[c.kind].map((o) => (
                <option key={o} value={o}>
                  {t(`rights.words.outcome.${o}`)}
                </option>
              ))}
            </SelectField>
            <TextAreaField
              label={t('rights.work.decisionReason')}
              onChange={(e) => set('reason', e.target.value)}
            />
            {c.kind === 'coordinator_change' && (
              <>
                <CoordinatorPicker onChange={(id) => set('newCoordinatorId', id)} />
                <TextAreaField
                  label={t('rights.work.handoverNote')}
                  onChange={(e) => set('handoverNote', e.target.value)}
                />
              </>
            )}
          </>
        )}
      </StepForm>
    </>
  );
}

/** The team lead picks the new coordinator from the team (the server checks the team again). */
function CoordinatorPicker({ onChange }: { onChange: (id: string) => void }) {
  const { t } = useTranslation();
  const team = useQuery(teamCoordinatorsQuery);
  return (
    <SelectField
      label={t('rights.work.newCoordinator')}
      defaultValue=""
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{t('rights.portal.formChoose')}</option>
      {team.data?.items.map((c) => (
        <option key={c.id} value={c.id}>
          {c.displayName}
        </option>
      ))}
    </SelectField>
  );
}

type Setter = (key: string, value: string | boolean) => void;

/** A folded form for one step: opens with the keyboard (summary), sends the case's version along. */
function StepForm({
  householdId,
  c,
  step,
  title,
  initial = {},
  children,
}: {
  householdId: string;
  c: RightsCase;
  step: Step;
  title: string;
  initial?: Record<string, string | boolean>;
  children: (set: Setter) => ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Record<string, string | boolean>>(initial);
  const mutation = useMutation({
    mutationFn: () => {
      // Empty optional fields are left out, so the server's validation sees only what was filled in.
      const filled = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
      return caseStep(householdId, c.id, step, { ...filled, version: c.version } as Body);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rightsKeys.household(householdId) }),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate();
  }
  return (
    <details className="rights-step">
      <summary>{title}</summary>
      <form onSubmit={submit} noValidate>
        {children((key, value) => setValues((v) => ({ ...v, [key]: value })))}
        {mutation.isError && <Alert type="error">{errorMessage(mutation.error, language, t)}</Alert>}
        <Button type="submit" disabled={mutation.isPending}>
          {title}
        </Button>
      </form>
    </details>
  );
}
