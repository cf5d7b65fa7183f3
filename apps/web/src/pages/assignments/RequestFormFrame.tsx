import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../components/FormActions.tsx';
import { Fieldset } from '../plans/fields.tsx';

/** The provider's request and change forms alike: the fields under a legend, then send or cancel. */
export function RequestFormFrame({
  legend,
  onSubmit,
  error,
  busy,
  onClose,
  children,
}: {
  legend: string;
  onSubmit: (event: FormEvent) => Promise<void>;
  error: unknown;
  busy: boolean;
  onClose: (message: string | null) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <form onSubmit={(e) => void onSubmit(e)}>
      <Fieldset legend={legend}>{children}</Fieldset>
      <FormActions
        error={error}
        busy={busy}
        submit={t('requests.provider.send')}
        cancel={t('requests.provider.cancel')}
        onCancel={() => onClose(null)}
      />
    </form>
  );
}
