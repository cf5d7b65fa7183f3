import { FUTURE_PLAN_TOPICS, FuturePlanCustomTopicInput } from '@een-plan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addFuturePlanTopic, futurePlanSettingsQuery } from '../../api/future-plan-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { TextAreaField, TextField } from '../referrals/fields.tsx';

const EMPTY = { key: '', titleNl: '', titleEn: '', explanationNl: '', explanationEn: '', months: '0' };
type Form = typeof EMPTY;
type Field = keyof Form;

/** The form's field an API path belongs to, so each mistake shows at its own field. */
const FIELD_OF: Record<string, Field> = {
  key: 'key',
  'title.nl': 'titleNl',
  'title.en': 'titleEn',
  'explanation.nl': 'explanationNl',
  'explanation.en': 'explanationEn',
  monthsBefore18: 'months',
};
type ErrorKey = `futurePlan.admin.errors.${'key' | 'keyTaken' | 'title' | 'explanation' | 'months'}`;
const ERROR_OF: Record<Field, ErrorKey> = {
  key: 'futurePlan.admin.errors.key',
  titleNl: 'futurePlan.admin.errors.title',
  titleEn: 'futurePlan.admin.errors.title',
  explanationNl: 'futurePlan.admin.errors.explanation',
  explanationEn: 'futurePlan.admin.errors.explanation',
  months: 'futurePlan.admin.errors.months',
};

function toInput(form: Form) {
  return {
    key: form.key.trim(),
    title: { nl: form.titleNl, en: form.titleEn },
    explanation: { nl: form.explanationNl, en: form.explanationEn },
    monthsBefore18: form.months.trim() === '' ? Number.NaN : Number(form.months),
  };
}

/** Which fields are wrong, by the same rules the server applies (and a key already in use). */
export function topicFormErrors(form: Form, takenKeys: readonly string[]): Partial<Record<Field, ErrorKey>> {
  const errors: Partial<Record<Field, ErrorKey>> = {};
  const parsed = FuturePlanCustomTopicInput.safeParse(toInput(form));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = FIELD_OF[issue.path.join('.')];
      if (field && !errors[field]) errors[field] = ERROR_OF[field];
    }
  }
  const key = form.key.trim();
  if (!errors.key && (takenKeys.includes(key) || FUTURE_PLAN_TOPICS.some((t) => t.key === key))) {
    errors.key = 'futurePlan.admin.errors.keyTaken';
  }
  return errors;
}

/** Adds a topic of this municipality to every toekomstplan, in Dutch and English. */
export function FuturePlanTopicForm({ takenKeys }: { takenKeys: readonly string[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<Form>(EMPTY);
  const [round, setRound] = useState(0);
  const [errors, setErrors] = useState<Partial<Record<Field, ErrorKey>>>({});
  const add = useMutation({
    mutationFn: () => addFuturePlanTopic(FuturePlanCustomTopicInput.parse(toInput(form))),
    onSuccess: (saved) => {
      queryClient.setQueryData(futurePlanSettingsQuery.queryKey, saved);
      setForm(EMPTY);
      // Fresh inputs: the browser's "touched and empty" marking would show them red again.
      setRound((r) => r + 1);
    },
  });
  const field = (name: Field) => ({
    value: form[name],
    onChange: (value: string) => setForm((f) => ({ ...f, [name]: value })),
    error: errors[name] ? t(errors[name]) : undefined,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = topicFormErrors(form, takenKeys);
    setErrors(found);
    if (Object.keys(found).length === 0) add.mutate();
  };
  return (
    <form className="referral-form" onSubmit={submit} noValidate aria-labelledby="future-plan-add-topic">
      <Heading level={2} id="future-plan-add-topic">
        {t('futurePlan.admin.addTitle')}
      </Heading>
      <div key={round}>
        <TextField
          label={t('futurePlan.admin.key')}
          hint={t('futurePlan.admin.keyHint')}
          {...field('key')}
          required
        />
        <TextField label={t('futurePlan.admin.titleNl')} {...field('titleNl')} required />
        <TextField label={t('futurePlan.admin.titleEn')} {...field('titleEn')} required />
        <TextAreaField
          label={t('futurePlan.admin.explanationNl')}
          hint={t('futurePlan.admin.explanationHint')}
          {...field('explanationNl')}
          required
        />
        <TextAreaField label={t('futurePlan.admin.explanationEn')} {...field('explanationEn')} required />
        <TextField
          label={t('futurePlan.admin.monthsBefore18')}
          hint={t('futurePlan.admin.monthsHint')}
          type="number"
          inputMode="numeric"
          min={0}
          max={18}
          {...field('months')}
          required
        />
      </div>
      {add.isError && <Alert type="error">{errorMessage(add.error, language, t)}</Alert>}
      {add.isSuccess && <Alert type="ok">{t('futurePlan.admin.added')}</Alert>}
      <Button type="submit" appearance="primary-action" busy={add.isPending}>
        {t('futurePlan.admin.add')}
      </Button>
    </form>
  );
}
