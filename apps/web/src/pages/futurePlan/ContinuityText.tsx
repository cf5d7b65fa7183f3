import type { FuturePlan } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { formatDate } from '../households/HouseholdsPage.tsx';

/** The continuity decision in words, for the youth and the dossier alike. */
export function ContinuityText({ plan }: { plan: FuturePlan }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const c = plan.continuity;
  if (!c) return <Paragraph>{t('futurePlan.continuity.none')}</Paragraph>;
  const laws = c.handoverTo.map((l) => t(`futurePlan.law.${l}`)).join(', ');
  return (
    <Paragraph className="future-plan-continuity">
      {t(`futurePlan.continuity.${c.decision}`, { date: c.until ? formatDate(c.until, language) : '', laws })}
      {c.careType && ` (${t(`futurePlan.careType.${c.careType}`)})`}
      {c.note && ` – ${c.note}`}
    </Paragraph>
  );
}
