import {
  AdultCareLaw,
  type ContinuityDecisionInput,
  ContinuityDecisionKind,
  ExtendedCareType,
  type FuturePlan,
} from '@een-plan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decideContinuity, futurePlanKeys } from '../../api/future-plan-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../households/form-fields.tsx';

/** The coordinator records how care goes on after 18: extended youth care, a handover, or none. */
export function ContinuityForm({ plan }: { plan: FuturePlan }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [decision, setDecision] = useState<ContinuityDecisionKind>(
    plan.continuity?.decision ?? 'extended_youth_care',
  );
  const [careType, setCareType] = useState<ExtendedCareType>(plan.continuity?.careType ?? 'foster_care');
  const [until, setUntil] = useState('');
  const [laws, setLaws] = useState<AdultCareLaw[]>(plan.continuity?.handoverTo ?? []);
  const [note, setNote] = useState('');
  const save = useMutation({
    mutationFn: (input: ContinuityDecisionInput) => decideContinuity(plan, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: futurePlanKeys.all }),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const common = { version: plan.version, ...(note.trim() ? { note } : {}) };
    if (decision === 'extended_youth_care') {
      save.mutate({ decision, careType, ...(until ? { until } : {}), ...common });
    } else if (decision === 'handover_adult_care') {
      save.mutate({ decision, handoverTo: laws, ...common });
    } else {
      save.mutate({ decision, ...common });
    }
  };
  return (
    <form onSubmit={onSubmit} className="future-plan-helper-form">
      <SelectField
        label={t('futurePlan.dossier.decision')}
        value={decision}
        onChange={(e) => setDecision(e.target.value as ContinuityDecisionKind)}
      >
        {ContinuityDecisionKind.options.map((d) => (
          <option key={d} value={d}>
            {t(`futurePlan.continuity.${d}`, { date: '…', laws: '…' })}
          </option>
        ))}
      </SelectField>
      {decision === 'extended_youth_care' && (
        <>
          <SelectField
            label={t('futurePlan.dossier.careTypeLabel')}
            value={careType}
            onChange={(e) => setCareType(e.target.value as ExtendedCareType)}
          >
            {ExtendedCareType.options.map((c) => (
              <option key={c} value={c}>
                {t(`futurePlan.careType.${c}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('futurePlan.dossier.untilLabel')}
            type="date"
            value={until}
            onChange={(e) => setUntil(e.target.value)}
          />
        </>
      )}
      {decision === 'handover_adult_care' && (
        <fieldset className="utrecht-form-fieldset">
          <legend className="utrecht-form-fieldset__legend">{t('futurePlan.dossier.handoverLabel')}</legend>
          {AdultCareLaw.options.map((law) => (
            <CheckboxField
              key={law}
              label={t(`futurePlan.law.${law}`)}
              checked={laws.includes(law)}
              onChange={(e) =>
                setLaws((ls) => (e.target.checked ? [...ls, law] : ls.filter((l) => l !== law)))
              }
            />
          ))}
        </fieldset>
      )}
      <TextAreaField
        label={t('futurePlan.dossier.noteLabel')}
        value={note}
        maxLength={2000}
        onChange={(e) => setNote(e.target.value)}
      />
      <Button type="submit" appearance="primary-action" busy={save.isPending}>
        {t('futurePlan.dossier.decide')}
      </Button>
      {save.isSuccess && <Alert type="ok">{t('futurePlan.dossier.saved')}</Alert>}
      {save.isError && <Alert type="error">{errorMessage(save.error, language, t)}</Alert>}
    </form>
  );
}
