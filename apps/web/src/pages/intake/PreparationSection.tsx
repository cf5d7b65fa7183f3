import type { IntakeView } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { formatDate } from '../households/HouseholdsPage.tsx';
import { SuggestionsSection } from './SuggestionsSection.tsx';

/** What the family wrote before the conversation, and the network members they suggested. */
export function PreparationSection({ view }: { view: IntakeView }) {
  const { t, i18n } = useTranslation();
  const p = view.preparation;
  return (
    <section className="dossier-section" aria-labelledby="intake-preparation">
      <Heading level={2} id="intake-preparation">
        {t('intake.preparationTitle')}
      </Heading>
      {p.version === 0 ? (
        <Paragraph>{t('intake.preparationEmpty')}</Paragraph>
      ) : (
        <>
          {p.updatedAt && (
            <Paragraph small>
              {t('intake.preparationUpdated', { date: formatDate(p.updatedAt, i18n.language) })}
            </Paragraph>
          )}
          {(['goesWell', 'worries', 'wishes'] as const).map((k) => (
            <div key={k}>
              <Heading level={3}>{t(`intake.${k}`)}</Heading>
              <Paragraph className="preparation-prewrap">{p[k] || '–'}</Paragraph>
            </div>
          ))}
        </>
      )}
      <SuggestionsSection
        householdId={view.householdId}
        suggestions={view.suggestions}
        canEdit={view.canEdit}
      />
    </section>
  );
}
