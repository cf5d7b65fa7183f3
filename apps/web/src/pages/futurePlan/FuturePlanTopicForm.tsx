import {
  FUTURE_PLAN_TOPICS,
  FuturePlanCustomTopicInput,
  FuturePlanCustomTopicUpdate,
  type FuturePlanSettings,
} from '@een-plan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  addFuturePlanTopic,
  editFuturePlanTopic,
  futurePlanSettingsQuery,
} from '../../api/future-plan-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { TextAreaField, TextField } from '../referrals/fields.tsx';

const EMPTY = { key: '', titleNl: '', titleEn: '', explanationNl: '', explanationEn: '', months: '0' };
type Form = typeof EMPTY;
type Field = keyof Form;
export type OwnTopic = FuturePlanSettings['customTopics'][number];

/** The form's field an API path belongs to, so each mistake shows at its own field. */
const FIELD_OF: Record<string, Field> = {
  key: 'key',
  'title.nl': 'titleNl',
  'title.en': 'titleEn',
  'explanation.nl': 'explanationNl',
  'explanation.en': 'explanationEn',
  monthsBefore18: 'months',
};
type ErrorKey =
  `futurePlan.admin.errors.${'key' | 'keyTaken' | 'title' | 'titleTaken' | 'explanation' | 'months'}`;
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

function formOf(topic: OwnTopic): Form {
  return {
    key: topic.key,
    titleNl: topic.title.nl,
    titleEn: topic.title.en,
    explanationNl: topic.explanation.nl,
    explanationEn: topic.explanation.en,
    months: String(topic.monthsBefore18),
  };
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('nl') === b.trim().toLocaleLowerCase('nl');

/**
 * Which fields are wrong, by the same rules the server applies: a key already in use (when
 * adding) and a name another topic already has, in the same language.
 */
function topicFormErrors(
  form: Form,
  ownTopics: readonly OwnTopic[],
  editingKey?: string,
): Partial<Record<Field, ErrorKey>> {
  const errors: Partial<Record<Field, ErrorKey>> = {};
  const parsed = (editingKey ? FuturePlanCustomTopicUpdate : FuturePlanCustomTopicInput).safeParse(
    toInput(form),
  );
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = FIELD_OF[issue.path.join('.')];
      if (field && !errors[field]) errors[field] = ERROR_OF[field];
    }
  }
  const key = form.key.trim();
  const all = [...FUTURE_PLAN_TOPICS, ...ownTopics];
  if (!editingKey && !errors.key && all.some((t) => t.key === key)) {
    errors.key = 'futurePlan.admin.errors.keyTaken';
  }
  const others = all.filter((t) => t.key !== editingKey);
  if (!errors.titleNl && others.some((t) => same(t.title.nl, form.titleNl))) {
    errors.titleNl = 'futurePlan.admin.errors.titleTaken';
  }
  if (!errors.titleEn && others.some((t) => same(t.title.en, form.titleEn))) {
    errors.titleEn = 'futurePlan.admin.errors.titleTaken';
  }
  return errors;
}

/**
 * Adds a topic of this municipality to every toekomstplan, in Dutch and English; or, given
 * `editing`, changes one (its key stays: plans refer to it).
 */
export function FuturePlanTopicForm({
  ownTopics,
  editing,
  onDone,
}: {
  ownTopics: readonly OwnTopic[];
  editing?: OwnTopic;
  onDone?: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<Form>(editing ? formOf(editing) : EMPTY);
  const [round, setRound] = useState(0);
  const [errors, setErrors] = useState<Partial<Record<Field, ErrorKey>>>({});
  // Opened from a row's "Wijzigen": the keyboard lands on the form it asked for.
  useEffect(() => {
    if (editing) document.getElementById('future-plan-edit-topic')?.focus();
  }, [editing]);
  const save = useMutation({
    mutationFn: () => {
      const input = toInput(form);
      return editing
        ? editFuturePlanTopic(editing.key, FuturePlanCustomTopicUpdate.parse(input))
        : addFuturePlanTopic(FuturePlanCustomTopicInput.parse(input));
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(futurePlanSettingsQuery.queryKey, saved);
      if (editing) return onDone?.(true);
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
    const found = topicFormErrors(form, ownTopics, editing?.key);
    setErrors(found);
    if (Object.keys(found).length === 0) save.mutate();
  };
  const headingId = editing ? 'future-plan-edit-topic' : 'future-plan-add-topic';
  return (
    <form className="referral-form" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <Heading level={2} id={headingId} tabIndex={-1}>
        {editing
          ? t('futurePlan.admin.editTitle', { title: editing.title[language] })
          : t('futurePlan.admin.addTitle')}
      </Heading>
      <div key={round}>
        {editing ? (
          <Paragraph>{t('futurePlan.admin.editKey', { key: editing.key })}</Paragraph>
        ) : (
          <TextField
            label={t('futurePlan.admin.key')}
            hint={t('futurePlan.admin.keyHint')}
            {...field('key')}
            required
          />
        )}
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
      {save.isError && <Alert type="error">{errorMessage(save.error, language, t)}</Alert>}
      {save.isSuccess && !editing && <Alert type="ok">{t('futurePlan.admin.added')}</Alert>}
      <div className="future-plan-actions">
        <Button type="submit" appearance="primary-action" busy={save.isPending}>
          {editing ? t('futurePlan.admin.saveEdit') : t('futurePlan.admin.add')}
        </Button>
        {editing && <Button onClick={() => onDone?.(false)}>{t('futurePlan.admin.cancel')}</Button>}
      </div>
    </form>
  );
}
