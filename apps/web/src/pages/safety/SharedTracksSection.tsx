import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { householdTracksQuery } from '../../api/safety-api.ts';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import { dynamicT } from './words.ts';

/**
 * The household's meldcode tracks, first on the page a professional opens by consent or
 * break-glass: that is what Veilig Thuis opens a dossier for. Shows nothing when there are none
 * (or the reader may see none), so it never stands in the way of the consented sections.
 */
export function SharedTracksSection({ householdId }: { householdId: string }) {
  const { t } = useTranslation();
  const tt = dynamicT(t);
  const tracks = useQuery({ ...householdTracksQuery(householdId), retry: false });
  if (!tracks.data || tracks.data.items.length === 0) return null;
  return (
    <section aria-labelledby="shared-meldcode">
      <Heading level={2} id="shared-meldcode">
        {t('meldcode.title')}
      </Heading>
      <UnorderedList>
        {tracks.data.items.map((track) => (
          <UnorderedListItem key={track.id}>
            <Link to="/werkruimte/meldcode/$trackId" params={{ trackId: track.id }}>
              {t('meldcode.trackTitle', { name: track.personName ?? '' })}
            </Link>{' '}
            <StatusBadge status={track.outcome === 'report' ? 'warning' : 'neutral'}>
              {tt(`meldcode.outcome.${track.outcome}`)}
            </StatusBadge>
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}
