import type { PlanDiff } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { DiffList } from './PlanView.tsx';

/**
 * Why saving failed: after a version conflict, what the other person changed and a way to start
 * again from their version; otherwise the server's message and the fields it refused.
 */
export function PlanEditorError({
  error,
  conflict,
  draftVersion,
  onRedo,
}: {
  error: unknown;
  conflict: PlanDiff | null;
  draftVersion: number;
  onRedo: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (error === null) return null;
  return (
    <Alert type="error">
      {conflict ? (
        <>
          <Heading level={3}>{t('plans.conflict.title')}</Heading>
          <Paragraph>{t('plans.conflict.text', { from: draftVersion })}</Paragraph>
          <DiffList diff={conflict} />
          <Button appearance="primary-action" onClick={onRedo}>
            {t('plans.conflict.redo')}
          </Button>
        </>
      ) : (
        <>
          <Paragraph>{errorMessage(error, language, t)}</Paragraph>
          {error instanceof ApiError && error.problem?.errors && (
            <UnorderedList>
              {error.problem.errors.map((fe) => (
                <UnorderedListItem key={fe.path}>
                  {fe.path.replace(/^body\./, '')}: {fe.message[language]}
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </>
      )}
    </Alert>
  );
}
