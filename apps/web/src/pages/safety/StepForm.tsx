import type { AfwegingAnswers, EntryContent, MeldcodeStep, TrackEntry } from '@een-plan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { safetyApi, safetyKeys } from '../../api/safety-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../households/form-fields.tsx';
import { ButtonGroup } from '../plans/fields.tsx';
import {
  AfwegingskaderFields,
  completeAnswers,
  type DraftAnswers,
  draftFrom,
} from './AfwegingskaderFields.tsx';
import { missingInStep } from './step-checks.ts';
import { dynamicT } from './words.ts';

const STEPS: readonly MeldcodeStep[] = ['signals', 'consultation', 'conversation', 'weighing', 'decision'];
type Values = Record<string, string>;

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function initialValues(entry: TrackEntry | null): Values {
  if (!entry)
    return { consultedWith: 'colleague', held: 'yes', notHeldReason: 'safety_child', severity: 'medium' };
  const c = entry.content;
  return {
    ...Object.fromEntries(Object.entries(c).map(([k, v]) => [k, str(v)])),
    held: c.held === false ? 'no' : 'yes',
    anonymous: c.anonymous === true ? 'yes' : '',
  };
}

/** What is sent: only the fields of the chosen step, empty optional ones left out. */
function contentOf(step: MeldcodeStep, v: Values, answers: AfwegingAnswers): EntryContent {
  const opt = (k: string) => (v[k]?.trim() ? v[k].trim() : undefined);
  switch (step) {
    case 'signals':
      return {
        step,
        observations: v.observations ?? '',
        interpretations: opt('interpretations'),
        source: v.source ?? '',
        observedOn: v.observedOn ?? '',
      };
    case 'consultation':
      return {
        step,
        consultedWith: v.consultedWith as 'colleague',
        consultantName: opt('consultantName'),
        anonymous: v.anonymous === 'yes',
        advice: v.advice ?? '',
      };
    case 'conversation':
      return v.held === 'yes'
        ? { step, held: true, heldOn: opt('heldOn'), summary: opt('summary') }
        : {
            step,
            held: false,
            notHeldReason: v.notHeldReason as 'safety_child',
            notHeldExplanation: opt('notHeldExplanation'),
          };
    case 'weighing':
      return { step, risk: v.risk ?? '', nature: v.nature ?? '', severity: v.severity as 'medium', answers };
    case 'decision':
      return { step, explanation: v.explanation ?? '' };
  }
}

/** Records one of the five steps, or a correction of a saved one (then the step is fixed). */
export function StepForm({
  trackId,
  correcting,
  onDone,
}: {
  trackId: string;
  correcting: TrackEntry | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const tt = dynamicT(t);
  const queryClient = useQueryClient();
  const [step, setStep] = useState<MeldcodeStep>((correcting?.step as MeldcodeStep | undefined) ?? 'signals');
  const [values, setValues] = useState<Values>(() => initialValues(correcting));
  const [draft, setDraft] = useState<DraftAnswers>(() =>
    draftFrom(correcting?.content.answers as AfwegingAnswers | undefined),
  );
  // Shown once the person tried to save; each field's message goes away as it is filled in.
  const [tried, setTried] = useState(false);
  const missing = tried ? missingInStep(step, values, draft) : [];
  const errorOf = (name: string) => (missing.includes(name) ? t('meldcode.check.required') : undefined);
  const save = useMutation({
    mutationFn: () =>
      safetyApi.addEntry(trackId, {
        content: contentOf(step, values, completeAnswers(draft)),
        ...(correcting ? { correctsEntryId: correcting.id } : {}),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: safetyKeys.all });
      setValues(initialValues(null));
      setDraft({});
      setTried(false);
      onDone();
    },
  });
  const field = (name: string, kind: 'text' | 'date' | 'area' = 'area', max = 5000) => {
    const common = {
      label: tt(`meldcode.field.${name}`),
      value: values[name] ?? '',
      maxLength: max,
      error: errorOf(name),
    };
    return kind === 'area' ? (
      <TextAreaField {...common} onChange={(e) => setValues({ ...values, [name]: e.target.value })} />
    ) : (
      <TextField {...common} type={kind} onChange={(e) => setValues({ ...values, [name]: e.target.value })} />
    );
  };
  const select = (name: string, options: readonly string[], prefix: string) => (
    <SelectField
      label={tt(`meldcode.field.${name}`)}
      value={values[name] ?? ''}
      onChange={(e) => setValues({ ...values, [name]: e.target.value })}
    >
      {options.map((o) => (
        <option key={o} value={o}>
          {tt(`${prefix}.${o}`)}
        </option>
      ))}
    </SelectField>
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    if (missingInStep(step, values, draft).length > 0) return;
    save.mutate();
  }
  return (
    <form onSubmit={submit} className="safety-form" noValidate>
      {correcting ? (
        <Alert type="info">{t('meldcode.correcting', { seq: correcting.seq })}</Alert>
      ) : (
        <SelectField
          label={t('meldcode.chooseStep')}
          value={step}
          onChange={(e) => {
            setStep(e.target.value as MeldcodeStep);
            setTried(false);
          }}
        >
          {STEPS.map((s) => (
            <option key={s} value={s}>
              {tt(`meldcode.step.${s}`)}
            </option>
          ))}
        </SelectField>
      )}
      {step === 'signals' && (
        <>
          {field('observations')}
          {field('interpretations')}
          {field('source', 'text', 500)}
          {field('observedOn', 'date')}
        </>
      )}
      {step === 'consultation' && (
        <>
          {select(
            'consultedWith',
            ['colleague', 'aandachtsfunctionaris', 'veilig_thuis_advice'],
            'meldcode.consultedWith',
          )}
          {field('consultantName', 'text', 200)}
          <CheckboxField
            label={t('meldcode.field.anonymous')}
            checked={values.anonymous === 'yes'}
            onChange={(e) => setValues({ ...values, anonymous: e.target.checked ? 'yes' : '' })}
          />
          {field('advice')}
        </>
      )}
      {step === 'conversation' && (
        <>
          {select('held', ['yes', 'no'], 'meldcode')}
          {values.held === 'yes' ? (
            <>
              {field('heldOn', 'date')}
              {field('summary')}
            </>
          ) : (
            <>
              {select(
                'notHeldReason',
                ['safety_child', 'safety_professional', 'other'],
                'meldcode.notHeldReason',
              )}
              {field('notHeldExplanation', 'area', 2000)}
            </>
          )}
        </>
      )}
      {step === 'weighing' && (
        <>
          {field('risk')}
          {field('nature', 'text', 2000)}
          {select('severity', ['low', 'medium', 'high', 'acute'], 'meldcode.severity')}
          <AfwegingskaderFields draft={draft} onChange={setDraft} missing={missing} />
        </>
      )}
      {step === 'decision' && field('explanation')}
      {missing.length > 0 && (
        <Alert type="error">{t('meldcode.check.summary', { count: missing.length })}</Alert>
      )}
      {save.isError && <ErrorState error={save.error} />}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action" busy={save.isPending}>
          {t('meldcode.save')}
        </Button>
        {correcting && <Button onClick={onDone}>{t('meldcode.cancelCorrection')}</Button>}
      </ButtonGroup>
    </form>
  );
}
