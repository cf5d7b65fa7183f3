import type { CrisisServiceHome } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { formatDue, stateBadge } from '../crisis/crisis-format.ts';
import { formatDate } from '../referrals/format.ts';
import { HomeList, HomeListItem, HomeSection } from './HomeSection.tsx';

/** The crisis service: its episodes, open first, with the next deadline of each. */
export function CrisisServiceHomeView({ home }: { home: CrisisServiceHome }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <Paragraph>{t('crisis.home.intro')}</Paragraph>
      <HomeSection
        title={t('crisis.home.title')}
        isEmpty={home.episodes.total === 0}
        empty={t('crisis.empty')}
        footer={<Link to="/crisis">{t('crisis.home.link')}</Link>}
      >
        <Paragraph>{t('crisis.home.summary', { count: home.overdue })}</Paragraph>
        <HomeList>
          {home.episodes.items.map((e) => (
            <HomeListItem key={e.id}>
              <Link to="/crisis/$episodeId" params={{ episodeId: e.id }}>
                {e.householdName}
                {e.personFirstName ? ` (${e.personFirstName})` : ''}
              </Link>{' '}
              <StatusBadge status={stateBadge(e.state)}>{t(`crisis.state.${e.state}`)}</StatusBadge>{' '}
              {e.nextDeadline && (
                <>
                  {t(`crisis.deadline.${e.nextDeadline.kind}`)}:{' '}
                  {formatDue(e.nextDeadline, language, formatDate)}{' '}
                  {e.nextDeadline.overdue && (
                    <StatusBadge status="warning">{t('crisis.overdue')}</StatusBadge>
                  )}
                </>
              )}
            </HomeListItem>
          ))}
        </HomeList>
      </HomeSection>
    </>
  );
}
