import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  createEpisode,
  crisisKeys,
  householdEpisodesQuery,
  householdMeasuresQuery,
} from '../../api/crisis-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { SelectField } from '../households/form-fields.tsx';
import { formatDate } from '../referrals/format.ts';
import { EpisodeStatus } from './EpisodeStatus.tsx';

/**
 * On the household dossier (its coordinator and team lead): crisis episodes with their next
 * deadline, the child-protection measures, and — for the coordinator — reporting a crisis.
 */
export function DossierCrisisSection({
  householdId,
  members,
  canReport,
}: {
  householdId: string;
  /** Whom the crisis is about: one of the household's current members, or the whole household. */
  members: ReadonlyArray<{ personId: string; firstName: string }>;
  canReport: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const episodes = useQuery(householdEpisodesQuery(householdId));
  const measures = useQuery(householdMeasuresQuery(householdId));
  const [personId, setPersonId] = useState('');
  const report = useMutation({
    mutationFn: () =>
      createEpisode({
        householdId,
        ...(personId ? { personId } : {}),
        reportedVia: 'professional',
        calledAt: new Date().toISOString(),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: crisisKeys.household(householdId) }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    report.mutate();
  };
  return (
    <section className="dossier-section" aria-labelledby="dossier-crisis">
      <Heading level={2} id="dossier-crisis">
        {t('crisis.dossier.title')}
      </Heading>
      {episodes.isPending && <LoadingState />}
      {episodes.isError && <ErrorState error={episodes.error} onRetry={() => void episodes.refetch()} />}
      {episodes.isSuccess && episodes.data.items.length === 0 && (
        <Paragraph>{t('crisis.dossier.empty')}</Paragraph>
      )}
      {episodes.isSuccess && episodes.data.items.length > 0 && (
        <UnorderedList>
          {episodes.data.items.map((e) => (
            <UnorderedListItem key={e.id}>
              <Link to="/crisis/$episodeId" params={{ episodeId: e.id }}>
                {formatDate(e.calledAt, language)}
                {e.personFirstName ? ` (${e.personFirstName})` : ''}
              </Link>{' '}
              <EpisodeStatus e={e} />
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {canReport && (
        <form onSubmit={submit} className="crisis-form" aria-labelledby="dossier-crisis-report">
          <Heading level={3} id="dossier-crisis-report">
            {t('crisis.create.fromDossier')}
          </Heading>
          <SelectField
            label={t('crisis.create.about')}
            value={personId}
            onChange={(e) => setPersonId(e.target.value)}
          >
            <option value="">{t('crisis.wholeHousehold')}</option>
            {members.map((m) => (
              <option key={m.personId} value={m.personId}>
                {m.firstName}
              </option>
            ))}
          </SelectField>
          <div aria-live="polite">
            {report.isError && <Alert type="error">{errorMessage(report.error, language, t)}</Alert>}
            {report.isSuccess && (
              <Alert type="ok">
                {t('crisis.create.reported')}{' '}
                <Link to="/crisis/$episodeId" params={{ episodeId: report.data.id }}>
                  {t('crisis.create.openEpisode')}
                </Link>
              </Alert>
            )}
          </div>
          <Button
            type="submit"
            appearance="primary-action"
            busy={report.isPending}
            disabled={report.isPending}
          >
            {t('crisis.create.submitFromDossier')}
          </Button>
        </form>
      )}

      <Heading level={3}>{t('protection.dossier.title')}</Heading>
      {measures.isPending && <LoadingState />}
      {measures.isError && <ErrorState error={measures.error} onRetry={() => void measures.refetch()} />}
      {measures.isSuccess && measures.data.items.length === 0 && (
        <Paragraph>{t('protection.dossier.empty')}</Paragraph>
      )}
      {measures.isSuccess && measures.data.items.length > 0 && (
        <UnorderedList>
          {measures.data.items.map((m) => (
            <UnorderedListItem key={m.id}>
              <Link to="/maatregelen/$measureId" params={{ measureId: m.id }}>
                {m.personFirstName}: {t(`protection.kind.${m.kind}`)}
              </Link>{' '}
              {t('protection.dossier.until', { date: formatDate(m.endDate, language) })}{' '}
              <StatusBadge status={m.status === 'active' ? 'active' : 'warning'}>
                {t(`protection.status.${m.status}`)}
              </StatusBadge>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}
