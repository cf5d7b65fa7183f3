import type { SafetyHome } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { formatDate } from '../referrals/format.ts';
import { HomeList, HomeListItem, HomeSection } from './HomeSection.tsx';

/** Veilig Thuis: its own break-glass accesses and their review. */
export function SafetyHomeView({ home }: { home: SafetyHome }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <Paragraph>{t('homes.safety.intro')}</Paragraph>
      <HomeSection
        title={t('homes.safety.accessesTitle')}
        isEmpty={home.accesses.total === 0}
        empty={t('homes.safety.accessesEmpty')}
        footer={<Link to="/werkruimte/noodtoegang">{t('homes.safety.link')}</Link>}
      >
        <Paragraph>
          {t('homes.safety.summary', { active: home.active, awaiting: home.awaitingReview })}
        </Paragraph>
        <HomeList>
          {home.accesses.items.map((b) => (
            <HomeListItem key={b.id}>
              {t('homes.safety.access', {
                household: b.householdName,
                date: formatDate(b.openedAt, language),
              })}
              {b.active && <StatusBadge status="active">{t('homes.safety.active')}</StatusBadge>}
              {b.reviewOutcome ? (
                <StatusBadge status={b.reviewOutcome === 'justified' ? 'success' : 'warning'}>
                  {t(`homes.safety.reviewed.${b.reviewOutcome}`)}
                </StatusBadge>
              ) : (
                <StatusBadge status="neutral">{t('homes.safety.awaitingReview')}</StatusBadge>
              )}
            </HomeListItem>
          ))}
        </HomeList>
      </HomeSection>
    </>
  );
}
