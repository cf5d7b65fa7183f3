import type { ErasureRequest } from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { decideErasureRequest, erasureRequestsQuery, recordErasureRequest } from '../../api/retention-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
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
import { amsterdamToday, formatDate } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { SelectField, TextField } from '../referrals/fields.tsx';

function NewRequestForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [householdId, setHouseholdId] = useState('');
  const [requesterKind, setKind] = useState<'parent' | 'youth'>('parent');
  const [requesterPersonId, setPerson] = useState('');
  const [receivedOn, setReceivedOn] = useState(amsterdamToday);
  const record = useMutation({
    mutationFn: () => recordErasureRequest({ householdId, requesterKind, requesterPersonId, receivedOn }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: erasureRequestsQuery.queryKey }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate();
  };
  return (
    <form className="referral-form" onSubmit={submit}>
      <Heading level={3}>{t('retention.newErasure')}</Heading>
      <TextField label={t('retention.householdId')} value={householdId} onChange={setHouseholdId} required />
      <SelectField
        label={t('retention.requesterKind')}
        value={requesterKind}
        onChange={(v) => setKind(v === 'youth' ? 'youth' : 'parent')}
      >
        <option value="parent">{t('retention.requester.parent')}</option>
        <option value="youth">{t('retention.requester.youth')}</option>
      </SelectField>
      <TextField
        label={t('retention.requesterPersonId')}
        value={requesterPersonId}
        onChange={setPerson}
        required
      />
      <TextField
        label={t('retention.receivedOn')}
        type="date"
        value={receivedOn}
        onChange={setReceivedOn}
        required
      />
      {record.isError && <ErrorState error={record.error} />}
      {record.isSuccess && <Alert type="ok">{t('retention.erasureRecorded')}</Alert>}
      <Button type="submit" appearance="primary-action" busy={record.isPending}>
        {t('retention.newErasure')}
      </Button>
    </form>
  );
}

function Decision({ request }: { request: ErasureRequest }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const decide = useMutation({
    mutationFn: (decision: 'execute' | 'refuse') =>
      decideErasureRequest(
        request.id,
        decision === 'execute' ? { decision, confirmed: true } : { decision, grounds: ['other_law'] },
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['admin', 'retention'] }),
  });
  if (request.status !== 'open') {
    return (
      <>
        {(request.refusalGrounds ?? []).map((g) => t(`retention.hold.${g}`, { defaultValue: g })).join(', ')}
      </>
    );
  }
  return (
    <div className="referral-actions">
      <Button
        type="button"
        busy={decide.isPending}
        onClick={() => {
          if (window.confirm(t('retention.executeConfirm'))) decide.mutate('execute');
        }}
      >
        {t('retention.execute')}
      </Button>
      <Button
        type="button"
        appearance="subtle"
        busy={decide.isPending}
        onClick={() => decide.mutate('refuse')}
      >
        {t('retention.refuse')}
      </Button>
      {decide.isError && <ErrorState error={decide.error} />}
    </div>
  );
}

/** Erasure requests (Jeugdwet 7.3.9): recorded, decided before their deadline. */
export function ErasureRequests() {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useQuery(erasureRequestsQuery);
  return (
    <section aria-labelledby="erasure-title">
      <Heading level={2} id="erasure-title">
        {t('retention.erasureTitle')}
      </Heading>
      <Paragraph>{t('retention.erasureIntro')}</Paragraph>
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && list.data.requests.length === 0 && <Paragraph>{t('retention.erasureEmpty')}</Paragraph>}
      {list.data && list.data.requests.length > 0 && (
        <Table caption={t('retention.erasureTitle')} hideCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('retention.columns.household')}</TableHeaderCell>
              <TableHeaderCell>{t('retention.columnsErasure.received')}</TableHeaderCell>
              <TableHeaderCell>{t('retention.decideBy')}</TableHeaderCell>
              <TableHeaderCell>{t('retention.columnsErasure.status')}</TableHeaderCell>
              <TableHeaderCell>{t('retention.columnsErasure.decision')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {list.data.requests.map((r) => (
              <TableRow key={r.id}>
                <TableHeaderCell scope="row">{r.householdId ?? '—'}</TableHeaderCell>
                <TableCell>
                  {formatDate(r.receivedOn, language)} ({t(`retention.requester.${r.requesterKind}`)})
                </TableCell>
                <TableCell>{formatDate(r.decideBy, language)}</TableCell>
                <TableCell>{t(`retention.status.${r.status}`)}</TableCell>
                <TableCell>
                  <Decision request={r} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <NewRequestForm />
    </section>
  );
}
