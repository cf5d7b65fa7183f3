import type { IntakeView } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import type { ChangedField } from './intake-draft.ts';
import { useDomainName } from './use-domain-name.ts';
import type { IntakeConflict } from './use-intake-save.ts';

/** Someone else saved first: what they changed; redo my changes on their version, or take theirs. */
export function IntakeConflictAlert({
  view,
  conflict,
  onRedo,
  onDiscard,
}: {
  view: IntakeView;
  conflict: IntakeConflict;
  onRedo: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslation();
  const domainName = useDomainName(view.domains);
  const changeLabel = (c: ChangedField) =>
    c.kind === 'domain'
      ? t('intake.fieldDomain', { domain: domainName(c.code) })
      : t(
          c.kind === 'conductedOn'
            ? 'intake.fieldConductedOn'
            : c.kind === 'status'
              ? 'intake.fieldStatus'
              : c.kind === 'safety'
                ? 'intake.fieldSafety'
                : 'intake.fieldScores',
        );
  return (
    <Alert type="warning">
      <Heading level={2}>{t('intake.conflictTitle')}</Heading>
      <Paragraph>{t('intake.conflictIntro', { version: conflict.version })}</Paragraph>
      {conflict.changes.length === 0 ? (
        <Paragraph>{t('intake.conflictNone')}</Paragraph>
      ) : (
        <UnorderedList>
          {conflict.changes.map((c) => (
            <UnorderedListItem key={c.kind === 'domain' ? c.code : c.kind}>
              {changeLabel(c)}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <div className="form-actions">
        <Button appearance="primary-action" onClick={onRedo}>
          {t('intake.conflictRedo', { version: conflict.version })}
        </Button>
        <Button onClick={onDiscard}>{t('intake.conflictDiscard')}</Button>
      </div>
    </Alert>
  );
}
