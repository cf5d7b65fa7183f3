import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { safetyConditionsQuery } from '../../api/safety-api.ts';
import { Heading } from '../../components/Heading.tsx';
import { formatMoment } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { dynamicT } from './words.ts';

/**
 * The safety conditions Veilig Thuis attached when it handed the family over: the bottom lines the
 * plan must hold. Shown only when there are any (and the reader may see them).
 */
export function SafetyConditionsSection({ householdId }: { householdId: string }) {
  const { t } = useTranslation();
  const tt = dynamicT(t);
  const language = useLanguage();
  const conditions = useQuery(safetyConditionsQuery(householdId));
  const items = conditions.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="dossier-section" aria-labelledby="safety-conditions">
      <Heading level={2} id="safety-conditions">
        {t('meldcode.conditions.title')}
      </Heading>
      <ul className="safety-timeline">
        {items.map((c) => (
          <li key={c.reportId} className="referral-card">
            <p className="utrecht-paragraph">{c.conditions}</p>
            <p className="utrecht-paragraph">
              {t('meldcode.conditions.setBy', {
                name: c.setBy.name ?? '',
                date: formatMoment(c.setAt, language),
                outcome: tt(`veiligThuis.outcome.${c.outcome}`),
              })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
