import type { RightsCase } from '@een-plan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rightsKeys, withdrawMyRight } from '../../api/rights-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';

/** The resident withdraws their own open case, after saying yes once more (it cannot be undone). */
export function WithdrawCase({ c }: { c: RightsCase }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const mutation = useMutation({
    mutationFn: () => withdrawMyRight(c.id, c.version),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rightsKeys.mine }),
  });
  if (!asking) {
    return <Button onClick={() => setAsking(true)}>{t('rights.portal.withdraw')}</Button>;
  }
  return (
    <fieldset>
      <legend>{t('rights.portal.withdrawConfirm')}</legend>
      {mutation.isError && <Alert type="error">{errorMessage(mutation.error, language, t)}</Alert>}
      <Button appearance="primary-action" onClick={() => mutation.mutate()} disabled={mutation.isPending}>
        {t('rights.portal.withdrawYes')}
      </Button>{' '}
      <Button onClick={() => setAsking(false)}>{t('rights.portal.withdrawNo')}</Button>
    </fieldset>
  );
}
