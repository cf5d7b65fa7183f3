import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/error-message.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { Alert } from './Alert.tsx';
import { Button } from './Button.tsx';
import { Heading } from './Heading.tsx';
import { Paragraph } from './Paragraph.tsx';

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
}

export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Alert type="error">
      <Heading level={2}>{t('status.errorTitle')}</Heading>
      <Paragraph>{errorMessage(error, language, t)}</Paragraph>
      {onRetry && (
        <Button appearance="secondary-action" onClick={onRetry}>
          {t('status.retry')}
        </Button>
      )}
    </Alert>
  );
}
