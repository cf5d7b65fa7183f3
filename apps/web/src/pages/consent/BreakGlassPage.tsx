import { type BreakGlassCandidate, BreakGlassLookup } from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { breakGlassApi, myBreakGlassQuery } from '../../api/break-glass-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { CheckboxField, Fieldset, RadioField, TextAreaField, TextField } from '../referrals/fields.tsx';
import '../referrals/referrals.css';
import { formatMoment } from '../../i18n/dates.ts';

const MIN_REASON = 20;

function LookupForm({ onFound }: { onFound: (items: BreakGlassCandidate[]) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'bsn' | 'name'>('bsn');
  const [bsn, setBsn] = useState('');
  const [lastName, setLastName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [postcode, setPostcode] = useState('');
  const [invalid, setInvalid] = useState(false);
  const search = useMutation({ mutationFn: breakGlassApi.lookup, onSuccess: (r) => onFound(r.items) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = BreakGlassLookup.safeParse(
      kind === 'bsn' ? { kind, bsn, birthDate } : { kind, lastName, birthDate, postcode },
    );
    setInvalid(!parsed.success);
    if (parsed.success) search.mutate(parsed.data);
  };
  return (
    <form className="referral-form" onSubmit={submit} noValidate aria-labelledby="bg-lookup-title">
      <Heading level={2} id="bg-lookup-title">
        {t('breakGlass.lookupTitle')}
      </Heading>
      <Paragraph>{t('breakGlass.lookupIntro')}</Paragraph>
      <Fieldset legend={t('breakGlass.lookupBy')}>
        <RadioField
          name="bg-kind"
          value="bsn"
          label={t('breakGlass.byBsn')}
          checked={kind === 'bsn'}
          onChange={() => setKind('bsn')}
        />
        <RadioField
          name="bg-kind"
          value="name"
          label={t('breakGlass.byName')}
          checked={kind === 'name'}
          onChange={() => setKind('name')}
        />
      </Fieldset>
      {kind === 'bsn' ? (
        <TextField label={t('breakGlass.bsn')} value={bsn} onChange={setBsn} inputMode="numeric" required />
      ) : (
        <>
          <TextField label={t('breakGlass.lastName')} value={lastName} onChange={setLastName} required />
          <TextField label={t('breakGlass.postcode')} value={postcode} onChange={setPostcode} required />
        </>
      )}
      <TextField
        label={t('breakGlass.birthDate')}
        type="date"
        value={birthDate}
        onChange={setBirthDate}
        required
      />
      {invalid && <Alert type="error">{t('breakGlass.lookupInvalid')}</Alert>}
      {search.isError && <ErrorState error={search.error} />}
      <Button type="submit" appearance="primary-action" busy={search.isPending}>
        {t('breakGlass.lookup')}
      </Button>
    </form>
  );
}

function OpenForm({ candidate, onOpened }: { candidate: BreakGlassCandidate; onOpened: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [withhold, setWithhold] = useState(false);
  const [legalGround, setLegalGround] = useState('');
  const [tried, setTried] = useState(false);
  const open = useMutation({
    mutationFn: () =>
      breakGlassApi.open(candidate.householdId, {
        reason: reason.trim(),
        ...(withhold ? { legalGround: legalGround.trim() } : {}),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['break-glass'] });
      await queryClient.invalidateQueries({ queryKey: ['shared'] });
      onOpened();
    },
  });
  const reasonError =
    tried && reason.trim().length < MIN_REASON
      ? t('breakGlass.reasonTooShort', { count: MIN_REASON })
      : undefined;
  const groundError =
    tried && withhold && legalGround.trim().length < 3 ? t('breakGlass.groundMissing') : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (reason.trim().length < MIN_REASON || (withhold && legalGround.trim().length < 3)) return;
    open.mutate();
  };
  return (
    <form className="referral-form" onSubmit={submit} noValidate aria-labelledby="bg-open-title">
      <Heading level={2} id="bg-open-title">
        {t('breakGlass.openTitle', { name: candidate.householdName })}
      </Heading>
      <Alert type="warning">{t('breakGlass.openWarning')}</Alert>
      <TextAreaField
        label={t('breakGlass.reason')}
        hint={t('breakGlass.reasonHint', { count: MIN_REASON })}
        value={reason}
        onChange={setReason}
        error={reasonError}
        required
      />
      <CheckboxField label={t('breakGlass.withhold')} checked={withhold} onChange={setWithhold} />
      {withhold && (
        <TextField
          label={t('breakGlass.legalGround')}
          hint={t('breakGlass.legalGroundHint')}
          value={legalGround}
          onChange={setLegalGround}
          error={groundError}
          required
        />
      )}
      {open.isError && <ErrorState error={open.error} />}
      {open.isSuccess && (
        <Alert type="ok">
          {t('breakGlass.opened', { until: formatMoment(open.data.expiresAt, language) })}
        </Alert>
      )}
      <Button type="submit" appearance="primary-action" busy={open.isPending}>
        {t('breakGlass.open')}
      </Button>
    </form>
  );
}

function MyAccesses() {
  const { t } = useTranslation();
  const language = useLanguage();
  const mine = useQuery(myBreakGlassQuery);
  return (
    <section aria-labelledby="bg-mine-title">
      <Heading level={2} id="bg-mine-title">
        {t('breakGlass.mineTitle')}
      </Heading>
      {mine.isPending && <LoadingState />}
      {mine.isError && <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />}
      {mine.data &&
        (mine.data.items.length === 0 ? (
          <Paragraph>{t('breakGlass.mineEmpty')}</Paragraph>
        ) : (
          <UnorderedList>
            {mine.data.items.map((b) => (
              <UnorderedListItem key={b.id}>
                {b.active ? (
                  <>
                    <Link to="/werkruimte/gedeeld/$householdId" params={{ householdId: b.householdId }}>
                      {b.householdName}
                    </Link>{' '}
                    — {t('breakGlass.activeUntil', { until: formatMoment(b.expiresAt, language) })}
                  </>
                ) : (
                  <>
                    {b.householdName} —{' '}
                    {t('breakGlass.expiredAt', { at: formatMoment(b.expiresAt, language) })}
                  </>
                )}
                <span data-review-outcome={b.reviewOutcome ?? 'pending'}>
                  {' — '}
                  {b.reviewOutcome
                    ? t(`breakGlass.review.${b.reviewOutcome}`)
                    : t('breakGlass.review.pending')}
                  {b.reviewNote && `: “${b.reviewNote}”`}
                </span>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        ))}
    </section>
  );
}

/**
 * Veilig Thuis's "Noodtoegang": when safety requires it (meldcode), open a household without
 * consent for 24 hours after writing a reason. The team lead reviews it; the family sees it unless
 * a recorded legal ground forbids telling them.
 */
export function BreakGlassPage() {
  const { t } = useTranslation();
  usePageTitle(t('breakGlass.title'));
  const [candidates, setCandidates] = useState<BreakGlassCandidate[] | null>(null);
  const [chosen, setChosen] = useState<BreakGlassCandidate | null>(null);
  return (
    <>
      <Heading level={1}>{t('breakGlass.title')}</Heading>
      <Paragraph lead>{t('breakGlass.intro')}</Paragraph>
      <LookupForm
        onFound={(items) => {
          setCandidates(items);
          setChosen(null);
        }}
      />
      {candidates && (
        <section aria-labelledby="bg-results-title" aria-live="polite">
          <Heading level={2} id="bg-results-title">
            {t('breakGlass.resultsTitle')}
          </Heading>
          {candidates.length === 0 ? (
            <Paragraph>{t('breakGlass.noResults')}</Paragraph>
          ) : (
            <UnorderedList>
              {candidates.map((c) => (
                <UnorderedListItem key={c.householdId}>
                  {c.householdName}, {c.postcode} {c.city}
                  {c.teamName ? ` (${c.teamName})` : ''}{' '}
                  <Button onClick={() => setChosen(c)} aria-pressed={chosen?.householdId === c.householdId}>
                    {t('breakGlass.choose', { name: c.householdName })}
                  </Button>
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </section>
      )}
      {chosen && (
        <OpenForm key={chosen.householdId} candidate={chosen} onOpened={() => setCandidates(null)} />
      )}
      <MyAccesses />
    </>
  );
}
