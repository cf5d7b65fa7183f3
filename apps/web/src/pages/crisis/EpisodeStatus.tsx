import type { CrisisEpisodeSummary } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { formatDate } from '../referrals/format.ts';
import { formatDue, stateBadge } from './crisis-format.ts';

/** An episode's state and its next deadline, as a line in a list (dossier, crisis service home). */
export function EpisodeStatus({ e }: { e: CrisisEpisodeSummary }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <StatusBadge status={stateBadge(e.state)}>{t(`crisis.state.${e.state}`)}</StatusBadge>{' '}
      {e.nextDeadline && (
        <>
          {t(`crisis.deadline.${e.nextDeadline.kind}`)}: {formatDue(e.nextDeadline, language, formatDate)}{' '}
          {e.nextDeadline.overdue && <StatusBadge status="warning">{t('crisis.overdue')}</StatusBadge>}
        </>
      )}
    </>
  );
}
