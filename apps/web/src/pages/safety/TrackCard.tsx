import type { TrackSummary } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { formatDate } from '../households/HouseholdsPage.tsx';
import { dynamicT } from './words.ts';

/** One track in a list: whose it is, who opened it when, its status and the afwegingskader's outcome. */
export function TrackCard({ track, householdName }: { track: TrackSummary; householdName?: string }) {
  const { t } = useTranslation();
  const tt = dynamicT(t);
  const language = useLanguage();
  return (
    <li className="referral-card">
      <Heading level={2}>
        <Link to="/werkruimte/meldcode/$trackId" params={{ trackId: track.id }}>
          {t('meldcode.trackTitle', { name: track.personName ?? '' })}
        </Link>
      </Heading>
      {householdName !== undefined && <p className="utrecht-paragraph">{householdName}</p>}
      <p className="utrecht-paragraph">
        {t('meldcode.opened', {
          date: formatDate(track.openedAt, language),
          name: track.openedBy.name ?? '',
        })}
      </p>
      <p className="utrecht-paragraph">
        <StatusBadge status={track.status === 'open' ? 'active' : 'inactive'}>
          {tt(`meldcode.status.${track.status}`)}
        </StatusBadge>{' '}
        <StatusBadge status={track.outcome === 'report' ? 'warning' : 'neutral'}>
          {tt(`meldcode.outcome.${track.outcome}`)}
        </StatusBadge>
      </p>
    </li>
  );
}
