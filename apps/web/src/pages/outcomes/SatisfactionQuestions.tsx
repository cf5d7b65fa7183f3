import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerSatisfaction, satisfactionStatusQuery } from '../../api/outcomes-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';

const MARKS = Array.from({ length: 10 }, (_, i) => i + 1);

/**
 * The short question set after a plan has closed (B1): two marks and an optional remark, answered
 * once. Shown on the portal only while the question is open; otherwise nothing.
 */
export function SatisfactionQuestions() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const status = useQuery(satisfactionStatusQuery);
  const [help, setHelp] = useState('');
  const [result, setResult] = useState('');
  const [comment, setComment] = useState('');
  const ids = { help: useId(), result: useId(), comment: useId() };
  const send = useMutation({
    mutationFn: () =>
      answerSatisfaction({
        helpScore: Number(help),
        resultScore: Number(result),
        comment: comment.trim() || undefined,
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: satisfactionStatusQuery.queryKey }),
  });
  if (send.isSuccess) return <Alert type="ok">{t('satisfaction.thanks')}</Alert>;
  if (!status.data?.open) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (help && result) send.mutate();
  };
  const marks = (id: string, value: string, set: (v: string) => void) => (
    <select
      id={id}
      required
      className="utrecht-select utrecht-select--html-select"
      value={value}
      onChange={(e) => set(e.target.value)}
    >
      <option value="">{t('satisfaction.choose')}</option>
      {MARKS.map((m) => (
        <option key={m} value={m}>
          {m}
        </option>
      ))}
    </select>
  );
  return (
    <section aria-labelledby={`${ids.help}-title`}>
      <Heading level={2} id={`${ids.help}-title`}>
        {t('satisfaction.title')}
      </Heading>
      <Paragraph>{t('satisfaction.intro')}</Paragraph>
      <form onSubmit={submit} className="outcome-filters">
        <label htmlFor={ids.help}>{t('satisfaction.help')}</label>
        {marks(ids.help, help, setHelp)}
        <label htmlFor={ids.result}>{t('satisfaction.result')}</label>
        {marks(ids.result, result, setResult)}
        <label htmlFor={ids.comment}>{t('satisfaction.comment')}</label>
        <textarea
          id={ids.comment}
          className="utrecht-textarea"
          maxLength={1000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
        {send.isError && <ErrorState error={send.error} />}
        <Button type="submit" appearance="primary-action" busy={send.isPending}>
          {t('satisfaction.send')}
        </Button>
      </form>
    </section>
  );
}
