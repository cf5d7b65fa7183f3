import type { DryRun, DueDossier, RetentionTerms } from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  destroyDossiers,
  retentionDueQuery,
  retentionTermsQuery,
  runDryRun,
  saveRetentionTerms,
} from '../../api/retention-api.ts';
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
import { formatDate } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { TextField } from '../referrals/fields.tsx';
import '../referrals/referrals.css';
import { ErasureRequests } from './ErasureRequests.tsx';

function TermsForm({ terms }: { terms: RetentionTerms }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [years, setYears] = useState(() =>
    Object.fromEntries(terms.terms.map((x) => [x.recordType, String(x.years)])),
  );
  const save = useMutation({
    mutationFn: () =>
      saveRetentionTerms({
        terms: terms.terms.map((x) => ({ recordType: x.recordType, years: Number(years[x.recordType]) })),
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(retentionTermsQuery.queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: retentionDueQuery.queryKey });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form className="referral-form" onSubmit={submit}>
      <Heading level={2}>{t('retention.termsTitle')}</Heading>
      {terms.terms.map((x) => (
        <TextField
          key={x.recordType}
          type="number"
          min={1}
          max={115}
          inputMode="numeric"
          label={`${t(`retention.recordType.${x.recordType}`)} — ${t('retention.years')}`}
          hint={x.isDefault ? t('retention.isDefault') : undefined}
          value={years[x.recordType] ?? ''}
          onChange={(v) => setYears((y) => ({ ...y, [x.recordType]: v }))}
          required
        />
      ))}
      {save.isError && <ErrorState error={save.error} />}
      {save.isSuccess && <Alert type="ok">{t('retention.saved')}</Alert>}
      <Button type="submit" appearance="primary-action" busy={save.isPending}>
        {t('retention.saveTerms')}
      </Button>
    </form>
  );
}

function DueTable({ dossiers, counts }: { dossiers: DueDossier[]; counts?: DryRun }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const countsOf = (id: string) => counts?.dossiers.find((d) => d.householdId === id)?.counts;
  return (
    <Table caption={t('retention.dueTitle')} hideCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('retention.columns.household')}</TableHeaderCell>
          <TableHeaderCell>{t('retention.columns.parts')}</TableHeaderCell>
          <TableHeaderCell>{t('retention.columns.keepUntil')}</TableHeaderCell>
          <TableHeaderCell>{t('retention.columns.holds')}</TableHeaderCell>
          {counts && <TableHeaderCell>{t('retention.columns.rows')}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {dossiers.map((d) => (
          <TableRow key={d.householdId}>
            <TableHeaderCell scope="row">{d.householdId}</TableHeaderCell>
            <TableCell>
              {/* One part a line: a narrow screen wraps each, the table needs no sideways scroll. */}
              {d.parts.map((p, i) => (
                <span key={p.recordType}>
                  {i > 0 && <br />}
                  {t(`retention.recordType.${p.recordType}`)}: {formatDate(p.endedOn, language)}
                </span>
              ))}
            </TableCell>
            <TableCell>{formatDate(d.keepUntil, language)}</TableCell>
            <TableCell>
              {d.legalHolds.length === 0
                ? t('retention.noHolds')
                : d.legalHolds.map((h) => t(`retention.hold.${h}`, { defaultValue: h })).join(', ')}
            </TableCell>
            {counts && (
              <TableCell>
                {Object.entries(countsOf(d.householdId) ?? {})
                  .map(([table, n]) => `${table}: ${n}`)
                  .join(', ')}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function DuePanel({ dossiers }: { dossiers: DueDossier[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState('');
  const ready = dossiers.filter((d) => d.legalHolds.length === 0).map((d) => d.householdId);
  const word = t('retention.confirmWord');
  const dry = useMutation({ mutationFn: runDryRun });
  const destroy = useMutation({
    mutationFn: () => destroyDossiers(ready),
    onSuccess: () => {
      setTyped('');
      dry.reset();
      void queryClient.invalidateQueries({ queryKey: ['admin', 'retention'] });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (typed.trim() === word && ready.length > 0) destroy.mutate();
  };
  return (
    <section aria-labelledby="due-title">
      <Heading level={2} id="due-title">
        {t('retention.dueTitle')}
      </Heading>
      {destroy.isSuccess && (
        <Alert type="ok">{t('retention.destroyed', { count: destroy.data.destroyed.length })}</Alert>
      )}
      {dossiers.length === 0 ? (
        <Paragraph>{t('retention.dueEmpty')}</Paragraph>
      ) : (
        <>
          <DueTable dossiers={dossiers} counts={dry.data} />
          <div className="referral-actions">
            <Button type="button" busy={dry.isPending} onClick={() => dry.mutate()}>
              {t('retention.dryRun')}
            </Button>
          </div>
          {dry.isSuccess && <Alert type="info">{t('retention.dryRunDone')}</Alert>}
          {dry.isError && <ErrorState error={dry.error} />}
          {ready.length > 0 && (
            <form className="referral-form" onSubmit={submit}>
              <Heading level={3}>{t('retention.confirmTitle')}</Heading>
              <Paragraph>{t('retention.confirmIntro', { word, count: ready.length })}</Paragraph>
              <TextField
                label={t('retention.confirmLabel')}
                value={typed}
                onChange={setTyped}
                autoComplete="off"
              />
              {destroy.isError && <ErrorState error={destroy.error} />}
              <Button
                type="submit"
                appearance="primary-action"
                disabled={typed.trim() !== word}
                busy={destroy.isPending}
              >
                {t('retention.destroy')}
              </Button>
            </form>
          )}
        </>
      )}
    </section>
  );
}

/** "Bewaartermijnen": terms, the due list, a dry run and confirmed destruction; erasure requests. */
export function RetentionAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('retention.title'));
  const terms = useQuery(retentionTermsQuery);
  const due = useQuery(retentionDueQuery);
  return (
    <div aria-busy={terms.isPending || due.isPending}>
      <Heading level={1}>{t('retention.title')}</Heading>
      <Paragraph lead>{t('retention.intro')}</Paragraph>
      {(terms.isPending || due.isPending) && <LoadingState />}
      {terms.isError && <ErrorState error={terms.error} onRetry={() => void terms.refetch()} />}
      {due.isError && <ErrorState error={due.error} onRetry={() => void due.refetch()} />}
      {terms.data && <TermsForm key={JSON.stringify(terms.data)} terms={terms.data} />}
      {due.data && <DuePanel dossiers={due.data.dossiers} />}
      <ErasureRequests />
    </div>
  );
}
