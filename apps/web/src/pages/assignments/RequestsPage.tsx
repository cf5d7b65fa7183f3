import type { AssignmentRequest, IjwRefusalReason } from '@een-plan/contracts';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestApi, teamRequestQuery, teamRequestsQuery } from '../../api/requests-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { KeysetTable } from '../../components/KeysetList.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge, type StatusBadgeStatus } from '../../components/StatusBadge.tsx';
import { TableCell } from '../../components/Table.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { ButtonGroup, Fieldset, SelectField, TextField } from '../plans/fields.tsx';
import { formatDate } from '../plans/PlanView.tsx';
import { requestProductText, requestVolumeText } from './request-format.ts';
import './assignments.css';

const REQUEST_BADGE: Record<AssignmentRequest['status'], StatusBadgeStatus> = {
  open: 'warning',
  granted: 'active',
  refused: 'inactive',
};

/** A request's state as a badge, on the team's and the provider's lists alike. */
export function RequestStatusBadge({ status }: { status: AssignmentRequest['status'] }) {
  const { t } = useTranslation();
  return <StatusBadge status={REQUEST_BADGE[status]}>{t(`requests.status.${status}`)}</StatusBadge>;
}
const REFUSAL_REASONS: IjwRefusalReason[] = ['7', '6', '3', '4', '2', '8', '5', '1', '9'];

/** The team's "Verzoeken": providers' requests for clients of the team, with the decision. */
export function RequestsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t('requests.title'));
  const [filter, setFilter] = useState<'open' | 'all'>('open');
  const list = useInfiniteQuery(teamRequestsQuery(filter));
  const requests = list.data?.pages.flatMap((p) => p.requests) ?? [];
  const [selected, setSelected] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <div aria-busy={list.isPending}>
      <Heading level={1}>{t('requests.title')}</Heading>
      <Paragraph lead>{t('requests.intro')}</Paragraph>
      {done && <Alert type="ok">{done}</Alert>}
      <SelectField
        label={t('requests.filter')}
        value={filter}
        onChange={(e) => setFilter(e.target.value as 'open' | 'all')}
      >
        <option value="open">{t('requests.filters.open')}</option>
        <option value="all">{t('requests.filters.all')}</option>
      </SelectField>
      <KeysetTable
        list={list}
        rows={requests}
        empty={t('requests.empty')}
        loadMoreLabel={t('requests.loadMore')}
        caption={t('requests.title')}
        columns={[
          t('requests.columns.received'),
          t('requests.columns.kind'),
          t('requests.columns.provider'),
          t('requests.columns.client'),
          t('requests.columns.product'),
          t('requests.columns.status'),
          t('requests.columns.open'),
        ]}
        rowKey={(r) => r.id}
      >
        {(r) => (
          <>
            <TableCell>{formatDate(r.createdAt, language)}</TableCell>
            <TableCell>{t(`requests.kinds.${r.kind}`)}</TableCell>
            <TableCell>{r.organisationName}</TableCell>
            <TableCell>
              {[r.personFirstName, r.householdName ? `(${r.householdName})` : null].filter(Boolean).join(' ')}
            </TableCell>
            <TableCell>{requestProductText(r)}</TableCell>
            <TableCell>
              <RequestStatusBadge status={r.status} />
            </TableCell>
            <TableCell>
              <Button
                appearance="subtle"
                pressed={selected === r.id}
                onClick={() => {
                  setDone(null);
                  setSelected(selected === r.id ? null : r.id);
                }}
                aria-label={t('requests.show', { reference: r.providerReference })}
              >
                {t('requests.columns.open')}
              </Button>
            </TableCell>
          </>
        )}
      </KeysetTable>
      {selected && (
        <RequestDetail
          key={selected}
          id={selected}
          onClose={(message) => {
            setSelected(null);
            if (message) setDone(message);
          }}
        />
      )}
    </div>
  );
}

function RequestDetail({ id, onClose }: { id: string; onClose: (message: string | null) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const detail = useQuery(teamRequestQuery(id));
  const r = detail.data;
  return (
    <section aria-labelledby="request-detail" aria-busy={detail.isPending} className="plan-section">
      {detail.isPending && <LoadingState />}
      {detail.isError && <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />}
      {r && (
        <>
          <Heading level={2} id="request-detail">
            {t('requests.detail.heading', { reference: r.providerReference })}
          </Heading>
          <dl className="referral-dl">
            <dt>{t('requests.detail.provider')}</dt>
            <dd>{r.organisationName}</dd>
            <dt>{t('requests.detail.client')}</dt>
            <dd>{r.personFirstName ?? '—'}</dd>
            <dt>{t('requests.detail.household')}</dt>
            <dd>
              {r.householdId ? (
                <Link to="/werkruimte/huishoudens/$householdId" params={{ householdId: r.householdId }}>
                  {r.householdName ?? t('requests.detail.openHousehold')}
                </Link>
              ) : (
                '—'
              )}
            </dd>
            <dt>{t('requests.detail.product')}</dt>
            <dd>{requestProductText(r)}</dd>
            {r.kind === 'toewijzing' && (
              <>
                <dt>{t('requests.detail.volume')}</dt>
                <dd>{requestVolumeText(r, t)}</dd>
                <dt>{t('requests.detail.period')}</dt>
                <dd>
                  {`${r.startDate ? formatDate(r.startDate, language) : '—'} – ${
                    r.endDate ? formatDate(r.endDate, language) : '—'
                  }`}
                </dd>
                <dt>{t('requests.detail.referrer')}</dt>
                <dd>{r.referrerType ? t(`assignments.referrers.${r.referrerType as '02'}`) : '—'}</dd>
                {r.referrerCode && (
                  <>
                    <dt>{t('requests.detail.referrerCode')}</dt>
                    <dd>{r.referrerCode}</dd>
                  </>
                )}
              </>
            )}
            {r.kind === 'wijziging' && (
              <>
                <dt>{t('requests.detail.reason')}</dt>
                <dd>{r.requestReason ? t(`requests.requestReasons.${r.requestReason as '1'}`) : '—'}</dd>
                <dt>{t('requests.detail.changes')}</dt>
                <dd>
                  <ul className="utrecht-unordered-list">
                    {r.changes.map((c) => (
                      <li key={c.assignmentId} className="utrecht-unordered-list__item">
                        {[
                          t('requests.detail.change', {
                            number: c.assignmentNumber,
                            start: formatDate(c.desiredStart, language),
                          }),
                          c.endDate
                            ? t('requests.detail.changeEnd', { date: formatDate(c.endDate, language) })
                            : null,
                          c.volume !== null ? t('requests.detail.changeVolume', { volume: c.volume }) : null,
                        ]
                          .filter(Boolean)
                          .join(', ')}
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
            {r.status !== 'open' && (
              <>
                <dt>{t('requests.detail.answer')}</dt>
                <dd>
                  <AnswerText request={r} />
                </dd>
              </>
            )}
          </dl>
          {r.status === 'open' ? (
            <DecideForm request={r} onClose={onClose} />
          ) : (
            <Button onClick={() => onClose(null)}>{t('requests.detail.close')}</Button>
          )}
        </>
      )}
    </section>
  );
}

export function AnswerText({ request: r }: { request: AssignmentRequest }) {
  const { t } = useTranslation();
  if (r.status === 'granted') {
    return <>{t('requests.detail.granted', { number: r.grantedAssignmentNumber ?? '—' })}</>;
  }
  if (r.status === 'refused' && r.refusalReason) {
    return (
      <>
        {t('requests.detail.refused', { reason: t(`requests.refusalReasons.${r.refusalReason}`) })}
        {r.autoRefusal && ` ${t(`requests.detail.auto.${r.autoRefusal as 'client_unknown'}`)}`}
        {r.refusalMunicipality && ` ${t('requests.detail.municipality', { code: r.refusalMunicipality })}`}
      </>
    );
  }
  return <>{t('requests.provider.answerOpen')}</>;
}

function DecideForm({
  request,
  onClose,
}: {
  request: AssignmentRequest;
  onClose: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState<IjwRefusalReason>('7');
  const [municipality, setMunicipality] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function decide(decision: 'grant' | 'refuse') {
    setBusy(true);
    setError(null);
    try {
      await requestApi.decide(request.id, {
        version: request.version,
        decision,
        ...(decision === 'refuse' ? { reason } : {}),
        ...(decision === 'refuse' && reason === '8' ? { municipality } : {}),
      });
      await queryClient.invalidateQueries({ queryKey: ['assignment-requests'] });
      await queryClient.invalidateQueries({ queryKey: ['assignments'] });
      onClose(t(decision === 'grant' ? 'requests.decide.granted' : 'requests.decide.refused'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  function submitRefusal(event: FormEvent) {
    event.preventDefault();
    void decide('refuse');
  }

  return (
    <div>
      {error !== null && <Alert type="error">{errorMessage(error, language, t)}</Alert>}
      {!refusing ? (
        <ButtonGroup>
          <Button
            appearance="primary-action"
            busy={busy}
            disabled={busy}
            onClick={() => void decide('grant')}
          >
            {t('requests.decide.grant')}
          </Button>
          <Button disabled={busy} onClick={() => setRefusing(true)}>
            {t('requests.decide.refuse')}
          </Button>
          <Button onClick={() => onClose(null)}>{t('requests.detail.close')}</Button>
        </ButtonGroup>
      ) : (
        <form onSubmit={submitRefusal}>
          <Fieldset legend={t('requests.decide.legend')}>
            <SelectField
              label={t('requests.decide.refusalReason')}
              value={reason}
              onChange={(e) => setReason(e.target.value as IjwRefusalReason)}
            >
              {REFUSAL_REASONS.map((code) => (
                <option key={code} value={code}>
                  {t(`requests.refusalReasons.${code}`)}
                </option>
              ))}
            </SelectField>
            {reason === '8' && (
              <TextField
                label={t('requests.decide.municipality')}
                value={municipality}
                inputMode="numeric"
                pattern="\d{4}"
                required
                onChange={(e) => setMunicipality(e.target.value)}
              />
            )}
          </Fieldset>
          <ButtonGroup>
            <Button type="submit" appearance="primary-action" busy={busy} disabled={busy}>
              {t('requests.decide.confirmRefuse')}
            </Button>
            <Button onClick={() => setRefusing(false)}>{t('requests.provider.cancel')}</Button>
          </ButtonGroup>
        </form>
      )}
    </div>
  );
}
