import type { CrisisServiceHome } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { EpisodeStatus } from '../crisis/EpisodeStatus.tsx';
import { HomeList, HomeListItem, HomeSection } from './HomeSection.tsx';

/** The crisis service: its episodes, open first, with the next deadline of each. */
export function CrisisServiceHomeView({ home }: { home: CrisisServiceHome }) {
  const { t } = useTranslation();
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
              <EpisodeStatus e={e} />
            </HomeListItem>
          ))}
        </HomeList>
      </HomeSection>
    </>
  );
}
