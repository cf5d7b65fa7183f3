import { CrisisReportedVia, type HouseholdLookupCandidate } from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createEpisode, crisisKeys, ownEpisodesQuery } from '../../api/crisis-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { Table } from '../../components/Table.tsx';
import { formatMoment } from '../../i18n/dates.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { SelectField, TextField } from '../households/form-fields.tsx';
import { formatDate } from '../referrals/format.ts';
import { formatDue, localToIso, nowLocal, stateBadge } from './crisis-format.ts';
import { HouseholdLookup } from './HouseholdLookup.tsx';

/** The crisis service's episodes, open first, and the form for a new report (a phone call). */
export function CrisisEpisodesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t('crisis.title'));
  const list = useQuery(ownEpisodesQuery);
  return (
    <div aria-busy={list.isPending}>
      <Heading level={1}>{t('crisis.title')}</Heading>
      <Paragraph lead>{t('crisis.intro')}</Paragraph>
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && list.data.items.length === 0 && <Paragraph>{t('crisis.empty')}</Paragraph>}
      {list.isSuccess && list.data.items.length > 0 && (
        <Table caption={t('crisis.title')} hideCaption>
          <thead>
            <tr>
              <th scope="col">{t('crisis.household')}</th>
              <th scope="col">{t('crisis.calledAt')}</th>
              <th scope="col">{t('crisis.next')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('crisis.open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((e) => (
              <tr key={e.id}>
                <td>
                  {e.householdName}
                  {e.personFirstName ? ` (${e.personFirstName})` : ''}{' '}
                  <StatusBadge status={stateBadge(e.state)}>{t(`crisis.state.${e.state}`)}</StatusBadge>
                </td>
                <td>
                  {formatMoment(e.calledAt, language)}{' '}
                  {e.onSiteNormExceeded && (
                    <StatusBadge status="warning">{t('crisis.normExceeded')}</StatusBadge>
                  )}
                </td>
                <td>
                  {e.nextDeadline ? (
                    <>
                      {t(`crisis.deadline.${e.nextDeadline.kind}`)}:{' '}
                      {formatDue(e.nextDeadline, language, formatDate)}{' '}
                      {e.nextDeadline.overdue && (
                        <StatusBadge status="warning">{t('crisis.overdue')}</StatusBadge>
                      )}
                    </>
                  ) : (
                    t('crisis.none')
                  )}
                </td>
                <td>
                  <Link to="/crisis/$episodeId" params={{ episodeId: e.id }}>
                    {t('crisis.open')}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <NewReportForm />
    </div>
  );
}

function NewReportForm() {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [picked, setPicked] = useState<HouseholdLookupCandidate | null>(null);
  const [aboutPerson, setAboutPerson] = useState(true);
  const [notPicked, setNotPicked] = useState(false);
  const [reportedVia, setReportedVia] = useState<CrisisReportedVia>('phone');
  const [reporterName, setReporterName] = useState('');
  const [calledAt, setCalledAt] = useState(nowLocal);
  const create = useMutation({
    mutationFn: (household: HouseholdLookupCandidate) =>
      createEpisode({
        householdId: household.householdId,
        ...(aboutPerson ? { personId: household.person.personId } : {}),
        reportedVia,
        ...(reporterName.trim() ? { reporterName: reporterName.trim() } : {}),
        calledAt: localToIso(calledAt),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: crisisKeys.all }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotPicked(!picked);
    if (picked) create.mutate(picked);
  };
  return (
    <form onSubmit={submit} className="crisis-form" aria-labelledby="crisis-new-report">
      <Heading level={2} id="crisis-new-report">
        {t('crisis.create.title')}
      </Heading>
      <HouseholdLookup
        onPick={(c) => {
          setPicked(c);
          setNotPicked(false);
        }}
        error={notPicked ? t('crisis.lookup.required') : undefined}
      />
      {picked && (
        <SelectField
          label={t('crisis.create.about')}
          value={aboutPerson ? 'person' : 'household'}
          onChange={(e) => setAboutPerson(e.target.value === 'person')}
        >
          <option value="person">{picked.person.firstName}</option>
          <option value="household">{t('crisis.wholeHousehold')}</option>
        </SelectField>
      )}
      <SelectField
        label={t('crisis.create.reportedVia')}
        value={reportedVia}
        onChange={(e) => setReportedVia(e.target.value as CrisisReportedVia)}
      >
        {CrisisReportedVia.options.map((v) => (
          <option key={v} value={v}>
            {t(`crisis.reportedVia.${v}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('crisis.create.reporterName')}
        value={reporterName}
        onChange={(e) => setReporterName(e.target.value)}
      />
      <TextField
        type="datetime-local"
        label={t('crisis.create.calledAt')}
        value={calledAt}
        onChange={(e) => setCalledAt(e.target.value)}
        required
      />
      {create.isError && <Alert type="error">{errorMessage(create.error, language, t)}</Alert>}
      {create.isSuccess && (
        <Alert type="ok">
          <Link to="/crisis/$episodeId" params={{ episodeId: create.data.id }}>
            {t('crisis.create.reported')}
          </Link>
        </Alert>
      )}
      <Button type="submit" appearance="primary-action" busy={create.isPending} disabled={create.isPending}>
        {t('crisis.create.submit')}
      </Button>
    </form>
  );
}
