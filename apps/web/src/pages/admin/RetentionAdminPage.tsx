import type { RetentionTerms } from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { retentionDueQuery, retentionTermsQuery, saveRetentionTerms } from '../../api/retention-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { TextField } from '../referrals/fields.tsx';
import '../referrals/referrals.css';
import { DuePanel } from './DueDossiers.tsx';
import { ErasureRequests } from './ErasureRequests.tsx';
import './retention-admin.css';

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
