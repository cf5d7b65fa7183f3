import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { organisationTracksQuery } from '../../api/safety-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { TrackCard } from './TrackCard.tsx';
import '../referrals/referrals.css';
import './safety.css';

/** The aandachtsfunctionaris's page: the open meldcode tracks of their organisation, oldest first. */
export function OrganisationTracksPage() {
  const { t } = useTranslation();
  usePageTitle(t('meldcode.organisation.title'));
  const tracks = useQuery(organisationTracksQuery());
  return (
    <div aria-busy={tracks.isPending}>
      <Heading level={1}>{t('meldcode.organisation.title')}</Heading>
      <Paragraph lead>{t('meldcode.organisation.intro')}</Paragraph>
      {tracks.isPending && <LoadingState />}
      {tracks.isError && <ErrorState error={tracks.error} onRetry={() => void tracks.refetch()} />}
      {tracks.data &&
        (tracks.data.items.length === 0 ? (
          <Alert type="ok">{t('meldcode.organisation.empty')}</Alert>
        ) : (
          <ul className="safety-timeline">
            {tracks.data.items.map((track) => (
              <TrackCard key={track.id} track={track} householdName={track.householdName} />
            ))}
          </ul>
        ))}
    </div>
  );
}
