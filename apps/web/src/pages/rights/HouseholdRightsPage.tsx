import type { RightsCase, RightsLaw } from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { householdLetterUrl, householdRightsQuery, recordRequest, rightsKeys } from '../../api/rights-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { SelectField, TextAreaField, TextField } from '../households/form-fields.tsx';
import { formatDate } from '../referrals/format.ts';
import { CaseActions } from './CaseActions.tsx';
import { LetterLinks } from './LetterLinks.tsx';

/** One household's rights cases with their clocks, and the steps the professional records. */
export function HouseholdRightsPage() {
  const { t } = useTranslation();
  const { householdId } = useParams({ strict: false }) as { householdId: string };
  usePageTitle(t('rights.work.worklistTitle'));
  const query = useQuery(householdRightsQuery(householdId));
  return (
    <>
      <Heading level={1}>{t('rights.work.worklistTitle')}</Heading>
      <Paragraph>
        <Link to="/werkruimte/huishoudens/$householdId" params={{ householdId }}>
          {t('rights.work.back')}
        </Link>
      </Paragraph>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => query.refetch()} />}
      {query.data &&
        (query.data.items.length === 0 ? (
          <Paragraph>{t('rights.work.listEmpty')}</Paragraph>
        ) : (
          query.data.items.map((c) => <CaseCard key={c.id} householdId={householdId} c={c} />)
        ))}
      <RecordRequestForm householdId={householdId} />
    </>
  );
}

function CaseCard({ householdId, c }: { householdId: string; c: RightsCase }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const d = (iso: string) => formatDate(iso, language);
  return (
    <section className="rights-case" aria-labelledby={`case-${c.id}`}>
      <Heading level={2} id={`case-${c.id}`}>
        {t(`rights.words.kind.${c.kind}`)}: {c.subject}
      </Heading>
      <Paragraph>
        {t(`rights.words.status.${c.status}`)} · {t('rights.work.receivedOn')} {d(c.receivedOn)}
        {c.law && ` · ${t(`rights.words.law.${c.law}`)}`}
        {c.dueOn && c.status !== 'decided' && ` · ${t('rights.work.due')} ${d(c.dueOn)}`}
        {c.overdue && ` · ${t('rights.work.overdue')}`}
      </Paragraph>
      {c.investigationDueOn && (
        <Paragraph>{t('rights.work.investigationDue', { date: d(c.investigationDueOn) })}</Paragraph>
      )}
      {c.kind === 'objection' && c.filingDeadline && (
        <Paragraph>{t('rights.work.filingDeadline', { date: d(c.filingDeadline) })}</Paragraph>
      )}
      {c.late && (
        <Paragraph>
          {c.lateReason ? t('rights.work.late', { reason: c.lateReason }) : t('rights.work.lateNoReason')}
        </Paragraph>
      )}
      {c.routedToName && <Paragraph>{t('rights.work.routedTo', { name: c.routedToName })}</Paragraph>}
      {c.outcome && (
        <Paragraph>
          {t(`rights.words.outcome.${c.outcome}`)}
          {c.decisionReason && `: ${c.decisionReason}`}
        </Paragraph>
      )}
      <LetterLinks
        letters={c.letters}
        urlFor={(letterId) => householdLetterUrl(householdId, c.id, letterId)}
      />
      {c.status !== 'decided' && c.status !== 'withdrawn' && <CaseActions householdId={householdId} c={c} />}
    </section>
  );
}

function RecordRequestForm({ householdId }: { householdId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [law, setLaw] = useState<RightsLaw>('jeugdwet');
  const [subject, setSubject] = useState('');
  const [receivedOn, setReceivedOn] = useState('');
  const [applicationOn, setApplicationOn] = useState('');
  const mutation = useMutation({
    mutationFn: () =>
      recordRequest(householdId, {
        law,
        subject: subject.trim(),
        receivedOn,
        ...(law === 'wmo' && applicationOn ? { applicationOn } : {}),
      }),
    onSuccess: async () => {
      setSubject('');
      await queryClient.invalidateQueries({ queryKey: rightsKeys.household(householdId) });
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    mutation.mutate();
  }
  return (
    <form onSubmit={submit} noValidate>
      <Heading level={2}>{t('rights.work.newRequest')}</Heading>
      <SelectField
        label={t('rights.work.law')}
        value={law}
        onChange={(e) => setLaw(e.target.value as RightsLaw)}
      >
        <option value="jeugdwet">{t('rights.words.law.jeugdwet')}</option>
        <option value="wmo">{t('rights.words.law.wmo')}</option>
      </SelectField>
      <TextAreaField
        label={t('rights.work.subject')}
        value={subject}
        maxLength={500}
        onChange={(e) => setSubject(e.target.value)}
      />
      <TextField
        label={t('rights.work.receivedOn')}
        type="date"
        value={receivedOn}
        onChange={(e) => setReceivedOn(e.target.value)}
      />
      {law === 'wmo' && (
        <TextField
          label={t('rights.work.applicationOn')}
          type="date"
          value={applicationOn}
          onChange={(e) => setApplicationOn(e.target.value)}
        />
      )}
      {mutation.isError && <Alert type="error">{errorMessage(mutation.error, language, t)}</Alert>}
      {mutation.isSuccess && <Alert type="ok">{t('rights.work.saved')}</Alert>}
      <Button type="submit" disabled={mutation.isPending}>
        {t('rights.work.save')}
      </Button>
    </form>
  );
}
