import type { ReferralStatus, SourceHome } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { formatDate, statusBadge } from '../referrals/format.ts';
import { HomeList, HomeListItem, HomeSection } from './HomeSection.tsx';

/** A school or GP: the signals they filed and where each stands. */
export function SourceHomeView({ home }: { home: SourceHome }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <Paragraph>{t('homes.source.intro')}</Paragraph>
      <Paragraph>
        <Link to="/aanmelden">{t('homes.source.newSignal')}</Link>
      </Paragraph>
      <HomeSection
        title={t('homes.source.signalsTitle')}
        isEmpty={home.signals.total === 0}
        empty={t('homes.source.signalsEmpty')}
        footer={
          home.signals.total > 0 && (
            <Link to="/mijn-aanmeldingen">{t('homes.showAll', { count: home.signals.total })}</Link>
          )
        }
      >
        <HomeList>
          {home.signals.items.map((s) => (
            <HomeListItem key={s.id}>
              {t('homes.source.signal', {
                name: s.subjectFirstName,
                date: formatDate(s.receivedAt, language),
                team: s.teamName,
              })}
              <StatusBadge status={statusBadge(s.status as ReferralStatus)}>
                {t(`referralStatus.${s.status as ReferralStatus}`)}
              </StatusBadge>
            </HomeListItem>
          ))}
        </HomeList>
      </HomeSection>
    </>
  );
}
