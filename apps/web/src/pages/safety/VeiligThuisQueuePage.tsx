import { VeiligThuisOutcome, type VeiligThuisQueueItem } from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { safetyApi, safetyKeys, veiligThuisQueueQuery } from '../../api/safety-api.ts';
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
import { CheckboxField } from '../households/form-fields.tsx';
import { formatDate } from '../households/HouseholdsPage.tsx';
import { ButtonGroup, SelectField, TextAreaField } from '../plans/fields.tsx';
import { dynamicT } from './words.ts';
import '../referrals/referrals.css';
import './safety.css';

/** The outcomes of a triage, in the contract's order. */
const OUTCOMES: readonly VeiligThuisOutcome[] = VeiligThuisOutcome.options;

function TriageForm({ item }: { item: VeiligThuisQueueItem }) {
  const { t } = useTranslation();
  const tt = dynamicT(t);
  const queryClient = useQueryClient();
  const [outcome, setOutcome] = useState<VeiligThuisOutcome>('hand_over_social_team');
  const [note, setNote] = useState('');
  const [conditions, setConditions] = useState('');
  const triage = useMutation({
    mutationFn: () =>
      safetyApi.triage(item.id, {
        outcome,
        note,
        ...(conditions.trim() ? { conditions: conditions.trim() } : {}),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: safetyKeys.all }),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    triage.mutate();
  }
  return (
    <form onSubmit={submit} className="safety-form" noValidate>
      <SelectField
        label={t('veiligThuis.outcomeLabel')}
        value={outcome}
        onChange={(e) => setOutcome(e.target.value as VeiligThuisOutcome)}
      >
        {OUTCOMES.map((o) => (
          <option key={o} value={o}>
            {tt(`veiligThuis.outcome.${o}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t('meldcode.field.note')}
        value={note}
        maxLength={5000}
        onChange={(e) => setNote(e.target.value)}
      />
      {outcome.startsWith('hand_over') && (
        <TextAreaField
          label={t('veiligThuis.conditions')}
          value={conditions}
          maxLength={5000}
          onChange={(e) => setConditions(e.target.value)}
        />
      )}
      {triage.isError && <ErrorState error={triage.error} />}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action" busy={triage.isPending}>
          {t('veiligThuis.triage')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function QueueItem({ item }: { item: VeiligThuisQueueItem }) {
  const { t } = useTranslation();
  const tt = dynamicT(t);
  const language = useLanguage();
  const titleId = `vt-report-${item.id}`;
  return (
    <article className="referral-card" aria-labelledby={titleId}>
      <Heading level={2} id={titleId}>
        {item.householdName ?? item.householdId}
      </Heading>
      <p className="utrecht-paragraph">
        {item.reportedBy
          ? t('meldcode.report.by', {
              name: item.reportedBy.name ?? '',
              date: formatMoment(item.reportedAt, language),
            })
          : t('meldcode.report.anonymousReporter')}
      </p>
      <p className="utrecht-paragraph">
        {item.triage ? (
          <StatusBadge status="success">
            {t('meldcode.report.triaged', { outcome: tt(`veiligThuis.outcome.${item.triage.outcome}`) })}
          </StatusBadge>
        ) : (
          <StatusBadge status={item.overdue ? 'warning' : 'neutral'}>
            {item.overdue ? `${t('veiligThuis.overdue')} · ` : ''}
            {t('meldcode.report.dueOn', { date: formatDate(item.triageDueOn, language) })}
          </StatusBadge>
        )}
      </p>
      <Paragraph>
        <Link to="/werkruimte/meldcode/$trackId" params={{ trackId: item.trackId }}>
          {t('veiligThuis.openTrack')}
        </Link>
      </Paragraph>
      {!item.triage && <TriageForm item={item} />}
    </article>
  );
}

/** Veilig Thuis's queue: reports to triage within 5 working days, earliest deadline first. */
export function VeiligThuisQueuePage() {
  const { t } = useTranslation();
  usePageTitle(t('veiligThuis.title'));
  const [all, setAll] = useState(false);
  const queue = useQuery(veiligThuisQueueQuery(all ? 'all' : 'open'));
  return (
    <div aria-busy={queue.isPending}>
      <Heading level={1}>{t('veiligThuis.title')}</Heading>
      <Paragraph lead>{t('veiligThuis.intro')}</Paragraph>
      <CheckboxField
        label={t('veiligThuis.showAll')}
        checked={all}
        onChange={(e) => setAll(e.target.checked)}
      />
      {queue.isPending && <LoadingState />}
      {queue.isError && <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.data &&
        (queue.data.items.length === 0 ? (
          <Alert type="ok">{t('veiligThuis.empty')}</Alert>
        ) : (
          queue.data.items.map((item) => <QueueItem key={item.id} item={item} />)
        ))}
    </div>
  );
}
