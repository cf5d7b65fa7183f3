import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';

/** The failure of the last plan action, in the server's own words; nothing when it succeeded. */
export function ActionError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (error === null) return null;
  return (
    <Alert type="error">
      <Paragraph>{errorMessage(error, language, t)}</Paragraph>
    </Alert>
  );
}
