import type { ErasureRequest } from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { decideErasureRequest, erasureRequestsQuery } from '../../api/retention-api.ts';
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
import { ErasureDryRun } from './ErasureDryRun.tsx';
import { ErasureRequestForm } from './ErasureRequestForm.tsx';

/** "Familie Jansen", "Familie Jansen — alleen Tom": the name the administrator knows it by. */
function dossierLabel(t: TFunction, r: ErasureRequest) {
  if (!r.householdId) return t('retention.destroyedDossier');
  const household = r.householdName ?? t('retention.unnamedDossier', { id: r.householdId });
  if (r.scope !== 'person') return t('retention.dossierOf', { household });
  return r.subjectFirstName
    ? t('retention.dossierPerson', { household, firstName: r.subjectFirstName })
    : t('retention.dossierPersonGone', { household });
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
      <ErasureDryRun request={request} />
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
  const columns = {
    dossier: t('retention.columns.household'),
    received: t('retention.columnsErasure.received'),
    decideBy: t('retention.decideBy'),
    status: t('retention.columnsErasure.status'),
    decision: t('retention.columnsErasure.decision'),
  };
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
        <Table caption={t('retention.erasureTitle')} hideCaption className="een-plan-table--stack">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{columns.dossier}</TableHeaderCell>
              <TableHeaderCell>{columns.received}</TableHeaderCell>
              <TableHeaderCell>{columns.decideBy}</TableHeaderCell>
              <TableHeaderCell>{columns.status}</TableHeaderCell>
              <TableHeaderCell>{columns.decision}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {list.data.requests.map((r) => (
              <TableRow key={r.id}>
                <TableHeaderCell scope="row" data-label={columns.dossier}>
                  <span className="retention-dossier">{dossierLabel(t, r)}</span>
                </TableHeaderCell>
                <TableCell data-label={columns.received}>
                  {formatDate(r.receivedOn, language)} ({t(`retention.requester.${r.requesterKind}`)})
                </TableCell>
                <TableCell data-label={columns.decideBy}>{formatDate(r.decideBy, language)}</TableCell>
                <TableCell data-label={columns.status}>{t(`retention.status.${r.status}`)}</TableCell>
                <TableCell data-label={columns.decision}>
                  <Decision request={r} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <ErasureRequestForm />
    </section>
  );
}
