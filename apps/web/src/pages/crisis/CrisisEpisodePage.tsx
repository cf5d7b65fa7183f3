import type { CrisisEpisode } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { episodeQuery } from '../../api/crisis-api.ts';
import { useSession } from '../../auth/use-session.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatMoment } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { formatDate } from '../referrals/format.ts';
import { CrisisPlacementSection } from './CrisisPlacementSection.tsx';
import {
  ConfirmHandoverForm,
  DecisionForm,
  ExitPlanForm,
  HandoverForm,
  OnSiteForm,
} from './CrisisStepForms.tsx';
import { formatDue, stateBadge } from './crisis-format.ts';
import './crisis.css';

/** One crisis episode: its deadlines as a timeline, each recorded step, and the next step's form. */
export function CrisisEpisodePage() {
  const { t } = useTranslation();
  usePageTitle(t('crisis.page.title'));
  const { episodeId } = useParams({ strict: false }) as { episodeId: string };
  const episode = useQuery(episodeQuery(episodeId));
  const session = useSession();
  return (
    <div aria-busy={episode.isPending}>
      <Heading level={1}>{t('crisis.page.title')}</Heading>
      {session?.user.role === 'crisis_service' && <Link to="/crisis">{t('crisis.page.back')}</Link>}
      {episode.isPending && <LoadingState />}
      {episode.isError && <ErrorState error={episode.error} onRetry={() => void episode.refetch()} />}
      {episode.isSuccess && <EpisodeView e={episode.data} />}
    </div>
  );
}

function EpisodeView({ e }: { e: CrisisEpisode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  // The household's coordinator places (the server decides whether this one may).
  const placer = useSession()?.user.role === 'coordinator';
  return (
    <>
      <Paragraph lead>
        {e.householdName} — {e.personFirstName ?? t('crisis.wholeHousehold')}{' '}
        <StatusBadge status={stateBadge(e.state)}>{t(`crisis.state.${e.state}`)}</StatusBadge>
      </Paragraph>
      <dl className="crisis-facts">
        <dt>{t('crisis.calledAt')}</dt>
        <dd>
          {formatMoment(e.calledAt, language)} ({t(`crisis.reportedVia.${e.reportedVia}`)}
          {e.reporterName ? `, ${t('crisis.page.reporter')}: ${e.reporterName}` : ''})
        </dd>
        <dt>{t('crisis.page.worker')}</dt>
        <dd>{e.crisisWorkerName || t('crisis.page.notTakenUp')}</dd>
        {e.onSiteMinutes !== null && (
          <>
            <dt>{t('crisis.state.on_site')}</dt>
            <dd>
              {t('crisis.page.onSiteMinutes', { minutes: e.onSiteMinutes })}{' '}
              {e.onSiteNormExceeded && <StatusBadge status="warning">{t('crisis.normExceeded')}</StatusBadge>}
            </dd>
          </>
        )}
      </dl>

      <Heading level={2}>{t('crisis.page.timeline')}</Heading>
      <ol className="crisis-timeline">
        {e.deadlines.map((d) => (
          <li key={d.kind} className={d.overdue ? 'crisis-timeline__item--overdue' : undefined}>
            <strong>{t(`crisis.deadline.${d.kind}`)}</strong>:{' '}
            {t('crisis.due', { date: formatDue(d, language, formatDate) })}
            {d.metAt && <> — {t('crisis.metAt', { date: formatMoment(d.metAt, language) })}</>}{' '}
            {d.overdue && <StatusBadge status="warning">{t('crisis.overdue')}</StatusBadge>}
          </li>
        ))}
      </ol>

      {e.decision && (
        <>
          <Heading level={2}>{t('crisis.page.decisionTitle')}</Heading>
          <Paragraph>
            {t('crisis.page.expert')}: {e.decision.behaviouralExpertName} (
            {formatMoment(e.decision.decidedAt, language)})
          </Paragraph>
          <Paragraph>{e.decision.summary}</Paragraph>
          {e.bridgingStart && e.bridgingEnd && (
            <Paragraph>
              {t('crisis.page.bridging', {
                start: formatDate(e.bridgingStart, language),
                end: formatDate(e.bridgingEnd, language),
                max: e.maxBridgingDays,
              })}
            </Paragraph>
          )}
          {!placer && <Paragraph>{t('crisis.placement.byCoordinator')}</Paragraph>}
        </>
      )}
      {placer && e.state !== 'closed' && <CrisisPlacementSection e={e} />}
      {e.exitPlanSummary && (
        <>
          <Heading level={2}>{t('crisis.page.exitPlanTitle')}</Heading>
          <Paragraph>{e.exitPlanSummary}</Paragraph>
        </>
      )}
      {e.handover && (
        <>
          <Heading level={2}>{t('crisis.page.handoverTitle')}</Heading>
          <Paragraph>
            {t('crisis.page.handoverTo')}:{' '}
            {e.handover.providerName ?? t(`crisis.page.target.${e.handover.target}`)}
          </Paragraph>
          <ul>
            <li>
              {t('crisis.page.crisisConfirmed')}:{' '}
              {e.handover.crisisConfirmedAt
                ? formatMoment(e.handover.crisisConfirmedAt, language)
                : t('crisis.page.notYet')}
            </li>
            <li>
              {t('crisis.page.receiverConfirmed')}:{' '}
              {e.handover.receiverConfirmedAt
                ? formatMoment(e.handover.receiverConfirmedAt, language)
                : t('crisis.page.notYet')}
            </li>
          </ul>
        </>
      )}
      <NextStep e={e} />
    </>
  );
}

function NextStep({ e }: { e: CrisisEpisode }) {
  if (e.can.confirmAsReceiver) return <ConfirmHandoverForm id={e.id} receiver />;
  if (!e.can.record) return null;
  switch (e.state) {
    case 'reported':
      return <OnSiteForm id={e.id} />;
    case 'on_site':
      return <DecisionForm id={e.id} maxDays={e.maxBridgingDays} />;
    case 'bridging':
      return e.exitPlanAt ? <HandoverForm id={e.id} /> : <ExitPlanForm id={e.id} />;
    case 'handover':
      return e.handover?.crisisConfirmedAt ? null : <ConfirmHandoverForm id={e.id} receiver={false} />;
    default:
      return null;
  }
}
