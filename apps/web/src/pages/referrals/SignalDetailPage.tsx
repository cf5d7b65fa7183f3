import type { ReferralDetail, SocialOffer, TriageRequest } from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  recordFirstContact,
  referralKeys,
  referralQuery,
  teamCoordinatorsQuery,
  triageReferral,
} from '../../api/referrals-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { useLifeDomainName } from '../../i18n/use-life-domains.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { OfferPicker } from '../social-map/OfferPicker.tsx';
import { Fieldset, RadioField, SelectField, TextField } from './fields.tsx';
import { formatDate } from './format.ts';
import { ReferralStatusBadge } from './referral-cells.tsx';
import './referrals.css';
import { ReferralSubmit } from './ReferralSubmit.tsx';

const route = getRouteApi('/aanmeldingen/$referralId');

function TriageForm({ referral }: { referral: ReferralDetail }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const coordinators = useQuery(teamCoordinatorsQuery);
  const [level, setLevel] = useState<'0' | '1' | '2'>('1');
  const [coordinatorId, setCoordinatorId] = useState('');
  const [followUpDate, setFollowUpDate] = useState('');
  const [offer, setOffer] = useState<SocialOffer | null>(null);
  const mutation = useMutation({
    mutationFn: (body: TriageRequest) => triageReferral(referral.id, body),
    onSuccess: (data) => {
      queryClient.setQueryData(referralKeys.detail(referral.id), data);
      void queryClient.invalidateQueries({ queryKey: referralKeys.all });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = Number(level) as 0 | 1 | 2;
    mutation.mutate({
      version: referral.version,
      level: n,
      ...(n > 0 && coordinatorId ? { coordinatorId } : {}),
      ...(n === 0 && followUpDate ? { followUpDate } : {}),
      ...(n === 0 && offer ? { offerId: offer.id } : {}),
    });
  };
  return (
    <form className="referral-form" onSubmit={submit}>
      <Heading level={2}>{t('signalDetail.triageTitle')}</Heading>
      <Fieldset legend={t('signalDetail.levelLegend')}>
        {(['0', '1', '2'] as const).map((l) => (
          <RadioField
            key={l}
            name="level"
            value={l}
            label={t(`signalDetail.levels.${l}`)}
            checked={level === l}
            onChange={(v) => setLevel(v as '0' | '1' | '2')}
          />
        ))}
      </Fieldset>
      {level !== '0' ? (
        <SelectField
          label={t('signalDetail.coordinatorSelect')}
          value={coordinatorId}
          onChange={setCoordinatorId}
        >
          <option value="">{t('signalDetail.noCoordinator')}</option>
          {coordinators.data?.items.map((c) => (
            <option key={c.id} value={c.id}>
              {c.displayName}
            </option>
          ))}
        </SelectField>
      ) : (
        <>
          <TextField
            label={t('signalDetail.followUpDate')}
            type="date"
            value={followUpDate}
            onChange={setFollowUpDate}
            required
          />
          <OfferPicker value={offer} onChange={setOffer} />
        </>
      )}
      <ReferralSubmit
        mutation={mutation}
        label={t('signalDetail.decide')}
        busyLabel={t('signalDetail.deciding')}
      />
    </form>
  );
}

function WaitingTime({ referral }: { referral: ReferralDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const w = referral.waitingTimes;
  const mutation = useMutation({
    mutationFn: () => recordFirstContact(referral.id, referral.version),
    onSuccess: (data) => {
      queryClient.setQueryData(referralKeys.detail(referral.id), data);
      void queryClient.invalidateQueries({ queryKey: referralKeys.all });
    },
  });
  const canRecord =
    w.firstContactAt === null &&
    (referral.status === 'picked_up' || referral.status === 'coordinator_assigned');
  return (
    <section aria-labelledby="waiting-title">
      <Heading level={2} id="waiting-title">
        {t('signalDetail.waitingTitle')}
      </Heading>
      <dl className="referral-dl">
        <dt>{t('signalDetail.received')}</dt>
        <dd>{formatDate(w.receivedAt, language)}</dd>
        <dt>{t('signalDetail.firstContact')}</dt>
        <dd>{w.firstContactAt ? formatDate(w.firstContactAt, language) : t('signalDetail.notYet')}</dd>
        <dt>{t('signalDetail.planAgreed')}</dt>
        <dd>
          {w.planAgreedAt
            ? `${formatDate(w.planAgreedAt, language)} (${t('signalDetail.workingDays', { count: w.workingDaysToPlanAgreed ?? 0 })})`
            : t('signalDetail.planAgreedUnknown')}
        </dd>
      </dl>
      <Paragraph>
        {w.workingDaysToFirstContact !== null
          ? t('signalDetail.toFirstContact', {
              count: w.workingDaysToFirstContact,
              norm: w.firstContactNormDays,
            })
          : t('signalDetail.waitingSoFar', {
              count: w.workingDaysWaitingSoFar,
              norm: w.firstContactNormDays,
              due: formatDate(w.firstContactDueDate, language),
            })}
      </Paragraph>
      {w.firstContactOverdue && <Alert type="warning">{t('signalDetail.overdue')}</Alert>}
      {mutation.isSuccess && <Alert type="ok">{t('signalDetail.firstContactRecorded')}</Alert>}
      {mutation.isError && <ErrorState error={mutation.error} />}
      {canRecord && (
        <Button
          appearance="primary-action"
          busy={mutation.isPending}
          disabled={mutation.isPending}
          onClick={() => mutation.mutate()}
        >
          {t('signalDetail.recordFirstContact')}
        </Button>
      )}
    </section>
  );
}

function Detail({ referral }: { referral: ReferralDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const domainName = useLifeDomainName();
  const yesNo = (b: boolean) => (b ? t('signalForm.yes') : t('signalForm.no'));
  const triaged = referral.status !== 'received' && referral.status !== 'picked_up';
  return (
    <>
      <div className="referral-badges">
        <ReferralStatusBadge status={referral.status} />
        <StatusBadge status={referral.urgency === 'urgent' ? 'warning' : 'neutral'}>
          {t(`urgency.${referral.urgency}`)}
        </StatusBadge>
        {referral.possibleUnsafety && <StatusBadge status="warning">{t('triage.unsafety')}</StatusBadge>}
      </div>
      {referral.outsideTenant && <Alert type="warning">{t('signalDetail.outsideTenant')}</Alert>}
      <dl className="referral-dl">
        <dt>{t('signalDetail.about')}</dt>
        <dd>{`${referral.subject.firstName} ${referral.subject.lastName}`}</dd>
        <dt>{t('signalDetail.born')}</dt>
        <dd>{formatDate(referral.subject.birthDate, language)}</dd>
        <dt>{t('signalDetail.bsnKnown')}</dt>
        <dd>{yesNo(referral.subject.hasBsn)}</dd>
        <dt>{t('signalDetail.address')}</dt>
        <dd>{`${referral.address.street} ${referral.address.houseNumber}, ${referral.address.postcode} ${referral.address.city}`}</dd>
        <dt>{t('signalDetail.domains')}</dt>
        <dd>{referral.lifeDomains.map(domainName).join(', ')}</dd>
        <dt>{t('signalDetail.worry')}</dt>
        <dd>{referral.worry}</dd>
        <dt>{t('signalDetail.familyKnows')}</dt>
        <dd>{yesNo(referral.familyKnows)}</dd>
        <dt>{t('signalDetail.familyAgrees')}</dt>
        <dd>{yesNo(referral.familyAgrees)}</dd>
        <dt>{t('signalDetail.familyContact')}</dt>
        <dd>{referral.familyContact}</dd>
        <dt>{t('signalDetail.reporter')}</dt>
        <dd>{`${referral.reporterName} — ${referral.reporterContact}`}</dd>
        {referral.level !== null && (
          <>
            <dt>{t('signalDetail.level')}</dt>
            <dd>{t(`signalDetail.levelShort.${referral.level}`)}</dd>
          </>
        )}
        {referral.coordinatorName && (
          <>
            <dt>{t('signalDetail.coordinator')}</dt>
            <dd>{referral.coordinatorName}</dd>
          </>
        )}
        {referral.householdMatch && (
          <>
            <dt>{t('signalDetail.household')}</dt>
            <dd>
              {t(`signalDetail.householdMatch.${referral.householdMatch}`)}
              {referral.householdId && (
                <>
                  {' · '}
                  <Link
                    to="/werkruimte/huishoudens/$householdId"
                    params={{ householdId: referral.householdId }}
                  >
                    {t('homes.openHousehold')}
                  </Link>
                </>
              )}
            </dd>
          </>
        )}
        {referral.followUpDate && (
          <>
            <dt>{t('signalDetail.followUp')}</dt>
            <dd>{formatDate(referral.followUpDate, language)}</dd>
          </>
        )}
        {referral.referredOfferId && (
          <>
            <dt>{t('signalDetail.referredOffer')}</dt>
            <dd>{referral.referredOfferId}</dd>
          </>
        )}
      </dl>
      {!triaged && referral.level === null && <TriageForm referral={referral} />}
      {referral.status !== 'referred_elsewhere' && referral.status !== 'closed' && (
        <WaitingTime referral={referral} />
      )}
    </>
  );
}

export function SignalDetailPage() {
  const { t } = useTranslation();
  const { referralId } = route.useParams();
  const referral = useQuery(referralQuery(referralId));
  const name = referral.data ? `${referral.data.subject.firstName} ${referral.data.subject.lastName}` : '';
  usePageTitle(t('signalDetail.title', { name }));
  return (
    <div aria-busy={referral.isPending}>
      <Paragraph>
        <Link to="/aanmeldingen">{t('signalDetail.back')}</Link>
      </Paragraph>
      <Heading level={1}>{t('signalDetail.title', { name })}</Heading>
      {referral.isPending && <LoadingState />}
      {referral.isError && <ErrorState error={referral.error} onRetry={() => void referral.refetch()} />}
      {referral.isSuccess && <Detail referral={referral.data} />}
    </div>
  );
}
