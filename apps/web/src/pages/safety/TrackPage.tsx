import type { TrackEntry, TrackView } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trackQuery } from '../../api/safety-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatMoment } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { formatDate } from '../households/HouseholdsPage.tsx';
import { StepForm } from './StepForm.tsx';
import { CloseForm, RaadAnswerForm, RaadRequestForm, ReportForm, VisibilityForm } from './TrackActions.tsx';
import { dynamicT } from './words.ts';
import '../referrals/referrals.css';
import './safety.css';

/** The fields of an entry as label/value pairs (answers of the afwegingskader one per question). */
function EntryContent({ entry }: { entry: TrackEntry }) {
  const { t } = useTranslation();
  const tt = dynamicT(t);
  const c = entry.content;
  const rows: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(c)) {
    if (key === 'step' || key === 'hiddenFromPersonIds' || key === 'duty' || key === 'answers') continue;
    if (typeof value === 'boolean')
      rows.push([tt(`meldcode.field.${key}`), value ? t('meldcode.yes') : t('meldcode.no')]);
    else if (key === 'consultedWith')
      rows.push([tt('meldcode.field.consultedWith'), tt(`meldcode.consultedWith.${value}`)]);
    else if (key === 'notHeldReason')
      rows.push([tt('meldcode.field.notHeldReason'), tt(`meldcode.notHeldReason.${value}`)]);
    else if (key === 'severity') rows.push([tt('meldcode.field.severity'), tt(`meldcode.severity.${value}`)]);
    else if (typeof value === 'string') rows.push([tt(`meldcode.field.${key}`), value]);
  }
  const answers = (c.answers ?? {}) as Record<string, { answer: boolean; reason: string }>;
  for (const [q, a] of Object.entries(answers)) {
    rows.push([
      tt(`meldcode.question.${q}`),
      `${a.answer ? t('meldcode.yes') : t('meldcode.no')} — ${a.reason}`,
    ]);
  }
  const duty = c.duty as { outcome?: string } | undefined;
  if (duty?.outcome) rows.push([t('meldcode.duty.title'), tt(`meldcode.outcome.${duty.outcome}`)]);
  return (
    <dl className="referral-dl">
      {rows.map(([label, value]) => (
        <div key={label} className="safety-dl-row">
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Timeline({ track, onCorrect }: { track: TrackView; onCorrect: (e: TrackEntry) => void }) {
  const { t } = useTranslation();
  const tt = dynamicT(t);
  const language = useLanguage();
  const seqOf = new Map(track.entries.map((e) => [e.id, e.seq]));
  if (track.entries.length === 0) return <Paragraph>{t('meldcode.noEntries')}</Paragraph>;
  return (
    <ol className="safety-timeline">
      {track.entries.map((e) => (
        <li
          key={e.id}
          className={e.correctedByEntryId ? 'safety-entry safety-entry--corrected' : 'safety-entry'}
        >
          <Heading level={3}>{tt(`meldcode.step.${e.step}`)}</Heading>
          <p className="utrecht-paragraph safety-meta">
            {t('meldcode.recordedBy', {
              name: e.recordedBy.name ?? e.recordedBy.id,
              at: formatMoment(e.recordedAt, language),
            })}
            {e.correctsEntryId &&
              ` · ${t('meldcode.corrects', { seq: seqOf.get(e.correctsEntryId) ?? '?' })}`}
            {e.correctedByEntryId && (
              <>
                {' · '}
                <StatusBadge status="inactive">{t('meldcode.correctedBy')}</StatusBadge>
              </>
            )}
          </p>
          <EntryContent entry={e} />
          {track.can.write && !e.correctedByEntryId && !['visibility', 'closure'].includes(e.step) && (
            <Button onClick={() => onCorrect(e)}>{t('meldcode.correct')}</Button>
          )}
        </li>
      ))}
    </ol>
  );
}

function Reports({ track }: { track: TrackView }) {
  const { t } = useTranslation();
  const tt = dynamicT(t);
  const language = useLanguage();
  if (track.reports.length === 0) return null;
  return (
    <section className="dossier-section" aria-labelledby="meldcode-reports">
      <Heading level={2} id="meldcode-reports">
        {t('meldcode.report.list')}
      </Heading>
      {track.reports.map((r) => (
        <article key={r.id} className="referral-card">
          <p className="utrecht-paragraph">
            {r.reportedBy
              ? t('meldcode.report.by', {
                  name: r.reportedBy.name ?? r.reportedBy.id,
                  date: formatMoment(r.reportedAt, language),
                })
              : t('meldcode.report.anonymousReporter')}
          </p>
          <p className="utrecht-paragraph">{r.content}</p>
          {r.triage ? (
            <>
              <p className="utrecht-paragraph">
                {t('meldcode.report.triaged', { outcome: tt(`veiligThuis.outcome.${r.triage.outcome}`) })} —{' '}
                {r.triage.note}
              </p>
              {r.triage.conditions && (
                <p className="utrecht-paragraph">
                  <strong>{t('meldcode.report.conditions')}:</strong> {r.triage.conditions}
                </p>
              )}
            </>
          ) : (
            <StatusBadge status="warning">
              {t('meldcode.report.waiting')} ·{' '}
              {t('meldcode.report.dueOn', { date: formatDate(r.triageDueOn, language) })}
            </StatusBadge>
          )}
        </article>
      ))}
    </section>
  );
}

function Raad({ track }: { track: TrackView }) {
  const { t } = useTranslation();
  const tt = dynamicT(t);
  if (track.raadRequests.length === 0 && !track.can.escalate) return null;
  return (
    <section className="dossier-section" aria-labelledby="meldcode-raad-title">
      <Heading level={2} id="meldcode-raad-title">
        {t('meldcode.raad.title')}
      </Heading>
      {track.raadRequests.map((r) => (
        <article key={r.id} className="referral-card">
          <dl className="referral-dl">
            {(['voluntaryHelpTried', 'unsafety', 'noTrustInUpbringing'] as const).map((g) => (
              <div key={g} className="safety-dl-row">
                <dt>{tt(`meldcode.raad.${g}`)}</dt>
                <dd>
                  {r.grounds[g].answer ? t('meldcode.yes') : t('meldcode.no')} — {r.grounds[g].reason}
                </dd>
              </div>
            ))}
          </dl>
          {r.answer ? (
            <p className="utrecht-paragraph">
              <strong>{t('meldcode.raad.answer')}:</strong> {tt(`meldcode.raad.answers.${r.answer.answer}`)} —{' '}
              {r.answer.note}
            </p>
          ) : track.can.escalate ? (
            <RaadAnswerForm requestId={r.id} />
          ) : (
            <StatusBadge status="warning">{t('meldcode.raad.waiting')}</StatusBadge>
          )}
        </article>
      ))}
      {track.can.escalate && <RaadRequestForm track={track} />}
    </section>
  );
}

/** One meldcode track: the steps as a timeline, the derived duty, and what the reader may do next. */
export function TrackPage() {
  const { t } = useTranslation();
  const tt = dynamicT(t);
  const language = useLanguage();
  const { trackId } = useParams({ strict: false }) as { trackId: string };
  const query = useQuery(trackQuery(trackId));
  const [correcting, setCorrecting] = useState<TrackEntry | null>(null);
  const track = query.data;
  usePageTitle(track ? t('meldcode.trackTitle', { name: track.personName ?? '' }) : t('meldcode.title'));
  if (query.isPending) return <LoadingState />;
  if (query.isError || !track) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <div>
      <Heading level={1}>{t('meldcode.trackTitle', { name: track.personName ?? '' })}</Heading>
      <Paragraph>
        {t('meldcode.opened', {
          date: formatDate(track.openedAt, language),
          name: track.openedBy.name ?? '',
        })}
        {' · '}
        <StatusBadge status={track.status === 'open' ? 'active' : 'inactive'}>
          {tt(`meldcode.status.${track.status}`)}
        </StatusBadge>
      </Paragraph>
      <Alert type={track.duty.mustReport ? 'warning' : 'info'}>
        <strong>{t('meldcode.duty.title')}: </strong>
        {tt(`meldcode.duty.${track.duty.outcome}`, {
          next: track.duty.nextQuestion ? Number(track.duty.nextQuestion.slice(1, 2)) : '',
        })}
      </Alert>
      <section className="dossier-section" aria-labelledby="meldcode-steps">
        <Heading level={2} id="meldcode-steps">
          {t('meldcode.timeline')}
        </Heading>
        <Timeline track={track} onCorrect={setCorrecting} />
      </section>
      {track.can.write && (
        <section className="dossier-section" aria-labelledby="meldcode-add">
          <Heading level={2} id="meldcode-add">
            {correcting ? t('meldcode.correct') : t('meldcode.addStep')}
          </Heading>
          <StepForm
            key={correcting?.id ?? 'new'}
            trackId={track.id}
            correcting={correcting}
            onDone={() => setCorrecting(null)}
          />
        </section>
      )}
      <Reports track={track} />
      {track.can.report && <ReportForm track={track} />}
      {track.can.write && <VisibilityForm track={track} />}
      {track.can.write && <CloseForm track={track} />}
      <Raad track={track} />
      <Paragraph>
        <Link to="/werkruimte/huishoudens/$householdId/meldcode" params={{ householdId: track.householdId }}>
          {t('meldcode.backToTracks')}
        </Link>
      </Paragraph>
    </div>
  );
}
