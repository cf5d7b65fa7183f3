import type { FamilyPlan, PlanDiff, PlanVersionRedaction } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchDiff, planVersionsQuery } from '../../api/plans-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { DiffList, formatDate } from './PlanView.tsx';

/**
 * A version whose words changed after it was written (decision 0027): said plainly, with the key
 * of the version as it was agreed, for whoever must show that a printed copy is what was agreed.
 */
function RedactedNotice({ redaction }: { redaction: PlanVersionRedaction }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="plan-version-redacted">
      <Paragraph>
        {t('plans.versions.redacted', { date: formatDate(redaction.redactedAt, language) })}
      </Paragraph>
      <details>
        <summary>{t('plans.versions.originalKey')}</summary>
        <Paragraph small>{t('plans.versions.originalKeyHelp')}</Paragraph>
        <code className="plan-version-key">{redaction.originalKey}</code>
      </details>
    </div>
  );
}

/** Every saved version of the plan, who agreed to it, and what changed against the one before. */
export function PlanVersions({ plan }: { plan: FamilyPlan }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const versions = useQuery(planVersionsQuery(plan.householdId));
  const [diff, setDiff] = useState<PlanDiff | null>(null);
  if (versions.isPending) return <LoadingState />;
  if (versions.isError) return <ErrorState error={versions.error} />;
  return (
    <>
      <UnorderedList>
        {versions.data.versions.map((v) => (
          <UnorderedListItem key={v.version}>
            {t('plans.versions.line', {
              version: v.version,
              date: formatDate(v.createdAt, language),
              name: v.createdByName,
            })}
            {v.agreedBy.length > 0 && ` · ${t('plans.versions.agreedBy', { names: v.agreedBy.join(', ') })}`}
            {v.version > 1 && (
              <>
                {' '}
                <Button
                  appearance="subtle"
                  onClick={() => void fetchDiff(plan.householdId, v.version - 1, v.version).then(setDiff)}
                >
                  {t('plans.versions.showDiff', { version: v.version - 1 })}
                </Button>
              </>
            )}
            {v.redaction && <RedactedNotice redaction={v.redaction} />}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {diff && (
        <section aria-live="polite">
          <Heading level={3}>{t('plans.versions.diffTitle', { from: diff.from, to: diff.to })}</Heading>
          <DiffList diff={diff} />
        </section>
      )}
    </>
  );
}
