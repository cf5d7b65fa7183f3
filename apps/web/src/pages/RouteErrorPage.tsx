import type { ErrorComponentProps } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../components/Alert.tsx';
import { Button } from '../components/Button.tsx';
import { Heading } from '../components/Heading.tsx';
import { Paragraph } from '../components/Paragraph.tsx';
import { errorMessage } from '../i18n/error-message.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { usePageTitle } from '../layout/use-page-title.ts';

export function RouteErrorPage({ error, reset }: ErrorComponentProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t('status.errorTitle'));
  return (
    <>
      <Heading level={1}>{t('status.errorTitle')}</Heading>
      <Alert type="error">
        <Paragraph>{errorMessage(error, language, t)}</Paragraph>
        <Button onClick={reset}>{t('status.retry')}</Button>
      </Alert>
    </>
  );
}
