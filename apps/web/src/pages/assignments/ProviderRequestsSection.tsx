import type { IjwFrequency, IjwReferrerType, IjwRequestReason } from '@een-plan/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { providerAssignmentChoicesQuery } from '../../api/assignments-api.ts';
import { providerRequestsQuery, requestApi } from '../../api/requests-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { ButtonGroup } from '../../components/FormActions.tsx';
import { Heading } from '../../components/Heading.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../../components/Table.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { ChoiceField, DateField, SelectField, TextField } from '../plans/fields.tsx';
import { formatDate } from '../plans/PlanView.tsx';
import { todayIso } from './format.ts';
import { RequestFormFrame } from './RequestFormFrame.tsx';
import { AnswerText, RequestStatusBadge } from './RequestsPage.tsx';
import { requestProductText } from './request-format.ts';

const REFERRERS: IjwReferrerType[] = ['02', '05', '03', '04', '08', '01', '06'];
const FREQUENCIES: IjwFrequency[] = ['2', '1', '4', '6'];

function addDays(date: string, days: number) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** On the provider's "Toewijzingen": request an assignment (JW315) or a change (JW317), and see the answers. */
export function ProviderRequestsSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const overview = useQuery(providerRequestsQuery);
  const [form, setForm] = useState<'request' | 'change' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <section className="plan-section" aria-labelledby="provider-requests" aria-busy={overview.isPending}>
      <Heading level={2} id="provider-requests">
        {t('requests.provider.title')}
      </Heading>
      <Paragraph>{t('requests.provider.intro')}</Paragraph>
      {done && <Alert type="ok">{done}</Alert>}
      {form === null && (
        <ButtonGroup>
          <Button
            appearance="primary-action"
            onClick={() => {
              setDone(null);
              setForm('request');
            }}
          >
            {t('requests.provider.newRequest')}
          </Button>
          <Button
            onClick={() => {
              setDone(null);
              setForm('change');
            }}
          >
            {t('requests.provider.newChange')}
          </Button>
        </ButtonGroup>
      )}
      {form === 'request' && overview.data && (
        <RequestForm
          products={overview.data.products}
          onClose={(message) => {
            setForm(null);
            if (message) setDone(message);
          }}
        />
      )}
      {form === 'change' && (
        <ChangeForm
          onClose={(message) => {
            setForm(null);
            if (message) setDone(message);
          }}
        />
      )}
      <Heading level={3}>{t('requests.provider.listHeading')}</Heading>
      {overview.isPending && <LoadingState />}
      {overview.isError && <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />}
      {overview.data &&
        (overview.data.requests.length === 0 ? (
          <Paragraph>{t('requests.provider.empty')}</Paragraph>
        ) : (
          <Table caption={t('requests.provider.listHeading')} hideCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('requests.provider.columns.reference')}</TableHeaderCell>
                <TableHeaderCell>{t('requests.provider.columns.kind')}</TableHeaderCell>
                <TableHeaderCell>{t('requests.provider.columns.client')}</TableHeaderCell>
                <TableHeaderCell>{t('requests.provider.columns.product')}</TableHeaderCell>
                <TableHeaderCell>{t('requests.provider.columns.received')}</TableHeaderCell>
                <TableHeaderCell>{t('requests.provider.columns.status')}</TableHeaderCell>
                <TableHeaderCell>{t('requests.provider.columns.answer')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {overview.data.requests.map((r) => (
                <TableRow key={r.id} data-request-reference={r.providerReference}>
                  <TableHeaderCell scope="row">{r.providerReference}</TableHeaderCell>
                  <TableCell>{t(`requests.kinds.${r.kind}`)}</TableCell>
                  <TableCell>{r.personFirstName ?? t('requests.provider.unknownClient')}</TableCell>
                  <TableCell>{requestProductText(r)}</TableCell>
                  <TableCell>{formatDate(r.createdAt, language)}</TableCell>
                  <TableCell>
                    <RequestStatusBadge status={r.status} />
                  </TableCell>
                  <TableCell>
                    <AnswerText request={r} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ))}
    </section>
  );
}

function RequestForm({
  products,
  onClose,
}: {
  products: Array<{ id: string; name: string; productCategory: string; productCode: string; unit: string }>;
  onClose: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const start = addDays(todayIso(), 7);
  const [v, setV] = useState({
    bsn: '',
    birthDate: '',
    lastName: '',
    contractProductId: products[0]?.id ?? '',
    volume: '1',
    frequency: '2' as IjwFrequency,
    startDate: start,
    endDate: addDays(start, 26 * 7 - 1),
    referrerType: '02' as IjwReferrerType,
    referrerCode: '',
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const put =
    <K extends keyof typeof v>(k: K) =>
    (value: (typeof v)[K]) =>
      setV({ ...v, [k]: value });
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => put(k)(e.target.value);
  const unit = products.find((p) => p.id === v.contractProductId)?.unit;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await requestApi.request({
        ...v,
        bsn: v.bsn.trim(),
        volume: Number(v.volume),
        referrerCode: v.referrerCode.trim() === '' ? null : v.referrerCode.trim(),
      });
      await queryClient.invalidateQueries({ queryKey: ['assignment-requests'] });
      onClose(
        t(result.status === 'refused' ? 'requests.provider.sentRefused' : 'requests.provider.sentOpen'),
      );
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <RequestFormFrame
      legend={t('requests.provider.requestLegend')}
      onSubmit={submit}
      error={error}
      busy={busy}
      onClose={onClose}
    >
      <TextField
        label={t('requests.provider.bsn')}
        value={v.bsn}
        onChange={set('bsn')}
        inputMode="numeric"
        pattern="\d{9}"
        autoComplete="off"
        required
      />
      <DateField
        label={t('requests.provider.birthDate')}
        value={v.birthDate}
        onChange={put('birthDate')}
        required
      />
      <TextField
        label={t('requests.provider.lastName')}
        value={v.lastName}
        onChange={set('lastName')}
        autoComplete="off"
        required
      />
      <SelectField
        label={t('requests.provider.product')}
        value={v.contractProductId}
        onChange={set('contractProductId')}
      >
        {products.map((p) => (
          <option key={p.id} value={p.id}>
            {`${p.name} (${p.productCategory} ${p.productCode})`}
          </option>
        ))}
      </SelectField>
      <TextField
        label={`${t('requests.provider.volume')}${unit ? ` – ${t(`assignments.units.${unit as '04'}`)}` : ''}`}
        type="number"
        min={1}
        value={v.volume}
        onChange={set('volume')}
        required
      />
      <ChoiceField
        label={t('requests.provider.frequency')}
        value={v.frequency}
        choices={FREQUENCIES}
        text={(f) => t(`assignments.frequencies.${f}`)}
        onChange={put('frequency')}
      />
      <DateField
        label={t('requests.provider.startDate')}
        value={v.startDate}
        onChange={put('startDate')}
        required
      />
      <DateField
        label={t('requests.provider.endDate')}
        value={v.endDate}
        min={v.startDate}
        onChange={put('endDate')}
        required
      />
      <ChoiceField
        label={t('requests.provider.referrer')}
        value={v.referrerType}
        choices={REFERRERS}
        text={(r) => t(`assignments.referrers.${r}`)}
        onChange={put('referrerType')}
      />
      <TextField
        label={t('requests.provider.referrerCode')}
        value={v.referrerCode}
        onChange={set('referrerCode')}
        inputMode="numeric"
        pattern="\d{8}"
      />
    </RequestFormFrame>
  );
}

function ChangeForm({ onClose }: { onClose: (message: string | null) => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const assignments = useQuery(providerAssignmentChoicesQuery);
  const today = todayIso();
  const changeable = (assignments.data?.assignments ?? []).filter(
    (a) => (a.status === 'assigned' || a.status === 'started') && a.endDate >= today,
  );
  const [assignmentId, setAssignmentId] = useState('');
  const [reason, setReason] = useState<IjwRequestReason>('1');
  const [desiredStart, setDesiredStart] = useState(addDays(today, 14));
  const [endDate, setEndDate] = useState('');
  const [volume, setVolume] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const chosen = changeable.find((a) => a.id === assignmentId) ?? changeable[0];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    setBusy(true);
    setError(null);
    try {
      await requestApi.change({
        assignmentId: chosen.id,
        reason,
        desiredStart,
        endDate: endDate === '' ? null : endDate,
        volume: volume === '' ? null : Number(volume),
      });
      await queryClient.invalidateQueries({ queryKey: ['assignment-requests'] });
      onClose(t('requests.provider.sentOpen'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (assignments.isPending) return <LoadingState />;
  if (changeable.length === 0 || !chosen) {
    return (
      <>
        <Paragraph>{t('requests.provider.noChangeable')}</Paragraph>
        <Button onClick={() => onClose(null)}>{t('requests.provider.cancel')}</Button>
      </>
    );
  }
  return (
    <RequestFormFrame
      legend={t('requests.provider.changeLegend')}
      onSubmit={submit}
      error={error}
      busy={busy}
      onClose={onClose}
    >
      <SelectField
        label={t('requests.provider.assignment')}
        value={chosen.id}
        onChange={(e) => setAssignmentId(e.target.value)}
      >
        {changeable.map((a) => (
          <option key={a.id} value={a.id}>
            {t('requests.provider.assignmentOption', {
              number: a.assignmentNumber,
              name: a.personFirstName,
              product: a.productName,
              start: formatDate(a.startDate, language),
              end: formatDate(a.endDate, language),
            })}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('requests.provider.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value as IjwRequestReason)}
      >
        <option value="1">{t('requests.requestReasons.1')}</option>
        <option value="2">{t('requests.requestReasons.2')}</option>
      </SelectField>
      <DateField
        label={t('requests.provider.desiredStart')}
        value={desiredStart}
        onChange={setDesiredStart}
        required
      />
      <DateField
        label={t('requests.provider.newEndDate')}
        value={endDate}
        min={desiredStart}
        onChange={setEndDate}
      />
      <TextField
        label={t('requests.provider.newVolume', {
          frequency: t(`assignments.frequencies.${chosen.frequency}`),
        })}
        type="number"
        min={1}
        value={volume}
        onChange={(e) => setVolume(e.target.value)}
      />
    </RequestFormFrame>
  );
}
