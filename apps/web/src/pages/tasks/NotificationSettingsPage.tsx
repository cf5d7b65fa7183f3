import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { notificationSettingsQuery, saveNotificationSettings, taskKeys } from '../../api/tasks-api.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';

/** The person's own settings: the daily e-mail about new tasks (on by default). */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t('notificationSettings.title'));
  const queryClient = useQueryClient();
  const settings = useQuery(notificationSettingsQuery);
  const save = useMutation({
    mutationFn: saveNotificationSettings,
    onSuccess: (data) => queryClient.setQueryData(taskKeys.settings, data),
  });
  const id = useId();
  return (
    <div>
      <Heading level={1}>{t('notificationSettings.title')}</Heading>
      {settings.isPending && <LoadingState />}
      {settings.isError && <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.isSuccess && (
        <div className="utrecht-form-field utrecht-form-field--checkbox">
          <div className="utrecht-form-field__input">
            <input
              id={id}
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              checked={settings.data.emailDigest}
              disabled={save.isPending}
              aria-describedby={`${id}-hint`}
              onChange={(e) => save.mutate({ emailDigest: e.target.checked })}
            />
          </div>
          <div className="utrecht-form-field__label">
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
              {t('notificationSettings.emailDigest')}
            </label>
          </div>
          <p className="utrecht-form-field-description" id={`${id}-hint`}>
            {t('notificationSettings.emailDigestHint')}
          </p>
        </div>
      )}
      <p role="status">{save.isSuccess ? t('notificationSettings.saved') : ''}</p>
      {save.isError && <p role="alert">{errorMessage(save.error, language, t)}</p>}
    </div>
  );
}
