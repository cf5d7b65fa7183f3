import { type QueryKey, useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { TextField } from '../households/form-fields.tsx';

/**
 * A form that records one step on a record (a crisis episode, a measure): submits, stores the
 * record the server returns, refreshes the lists and the tasks (a step can close one), and shows
 * the server's words on failure.
 */
export function RecordForm<T extends { id: string }>({
  run,
  submit,
  title,
  oneKey,
  allKey,
  children,
}: {
  run: () => Promise<T>;
  submit: string;
  title?: string;
  oneKey: (id: string) => QueryKey;
  allKey: QueryKey;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: run,
    onSuccess: (row) => {
      queryClient.setQueryData(oneKey(row.id), row);
      void queryClient.invalidateQueries({ queryKey: allKey });
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  return (
    <form onSubmit={onSubmit} className="crisis-form">
      {title && <Heading level={2}>{title}</Heading>}
      {children}
      {mutation.isError && <Alert type="error">{errorMessage(mutation.error, language, t)}</Alert>}
      <Button
        type="submit"
        appearance="primary-action"
        busy={mutation.isPending}
        disabled={mutation.isPending}
      >
        {submit}
      </Button>
    </form>
  );
}

/** A required date (or date and time) field of a step's form, bound to its state setter. */
export function DateField({
  label,
  hint,
  value,
  onChange,
  type = 'date',
}: {
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'date' | 'datetime-local';
}) {
  return (
    <TextField
      type={type}
      label={label}
      hint={hint}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      required
    />
  );
}
