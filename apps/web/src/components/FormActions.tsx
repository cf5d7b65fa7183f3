import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/error-message.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { Alert } from './Alert.tsx';
import { Button } from './Button.tsx';

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="utrecht-button-group plan-button-group">{children}</div>;
}

/**
 * The end of a form that keeps its own `error` and `busy` state: the failure in the server's
 * words, what the form adds (`children`, e.g. the result), then submit and, when given, cancel.
 * The submit button is disabled while busy unless the form says otherwise.
 */
export function FormActions({
  error,
  busy,
  submit,
  disabled = busy,
  cancel,
  onCancel,
  children,
}: {
  error: unknown;
  busy: boolean;
  submit: string;
  disabled?: boolean;
  cancel?: string;
  onCancel?: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      {error !== null && <Alert type="error">{errorMessage(error, language, t)}</Alert>}
      {children}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action" busy={busy} disabled={disabled}>
          {submit}
        </Button>
        {onCancel && <Button onClick={onCancel}>{cancel}</Button>}
      </ButtonGroup>
    </>
  );
}
