import type { CbsCheck } from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { budgetsApi, cbsDeliveriesQuery, downloadCbsFile } from '../../api/budgets-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import { formatMoment } from '../../i18n/dates.ts';
import { useFormatNumber } from '../../i18n/numbers.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import './budgets.css';

/** The last four half years, newest first: '2026-2', '2026-1', … */
function halfYears(today = new Date()): string[] {
  let y = today.getFullYear();
  let h = today.getMonth() < 6 ? 1 : 2;
  const out: string[] = [];
  for (let i = 0; i < 4; i++) {
    out.push(`${y}-${h}`);
    if (h === 1) {
      y -= 1;
      h = 2;
    } else h = 1;
  }
  return out;
}
const previous = (hy: string) => {
  const [y, h] = hy.split('-').map(Number) as [number, number];
  return h === 2 ? `${y}-1` : `${y - 1}-2`;
};

function CheckReport({ check, label }: { check: CbsCheck; label: string }) {
  const { t } = useTranslation();
  const num = useFormatNumber();
  return (
    <section aria-labelledby="cbs-check-title">
      <Heading level={2} id="cbs-check-title">
        {t('budgets.cbs.checkTitle', { halfYear: label })}
      </Heading>
      <Paragraph>
        {t('budgets.cbs.counts', { trajectories: num(check.trajectories), measures: num(check.measures) })}
      </Paragraph>
      {check.complete ? (
        <Alert type="ok">{t('budgets.cbs.complete')}</Alert>
      ) : (
        <Alert type="warning">
          <Paragraph>{t('budgets.cbs.incomplete')}</Paragraph>
          <UnorderedList>
            {check.missing.map((m) => (
              <UnorderedListItem key={m.field}>
                {t('budgets.cbs.missingField', {
                  field: t(`budgets.cbs.fields.${m.field}` as 'budgets.cbs.fields.bsn'),
                  count: m.count,
                })}
                . {t('budgets.cbs.references', { refs: m.references.join(', ') })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      )}
      {check.withheld.length > 0 && (
        <UnorderedList>
          {check.withheld.map((w) => (
            <UnorderedListItem key={w.field}>
              {t('budgets.cbs.withheld', {
                field: t(`budgets.cbs.fields.${w.field}` as 'budgets.cbs.fields.bsn'),
                reason: t(`budgets.cbs.withheldReasons.${w.reason}`),
              })}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}

/** The administrator's half-year CBS delivery: check, then create the file (and its correction). */
export function CbsDeliveryPage() {
  const { t } = useTranslation();
  const num = useFormatNumber();
  const language = useLanguage();
  usePageTitle(t('budgets.cbs.title'));
  const queryClient = useQueryClient();
  const options = halfYears();
  const [halfYear, setHalfYear] = useState(options[1] ?? options[0] ?? '');
  const history = useQuery(cbsDeliveriesQuery);
  const check = useMutation({ mutationFn: () => budgetsApi.checkCbs({ halfYear, kind: 'regular' }) });
  const create = useMutation({
    mutationFn: (kind: 'regular' | 'correction') =>
      downloadCbsFile({ halfYear: kind === 'regular' ? halfYear : previous(halfYear), kind }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: cbsDeliveriesQuery.queryKey }),
  });
  const label = (hy: string) => {
    const [y, h] = hy.split('-');
    return t('budgets.cbs.halfYearOption', { year: y, half: h });
  };
  return (
    <div>
      <Heading level={1}>{t('budgets.cbs.title')}</Heading>
      <Paragraph>{t('budgets.cbs.intro')}</Paragraph>
      <form
        className="budget-filters"
        onSubmit={(e) => e.preventDefault()}
        aria-label={t('budgets.cbs.halfYear')}
      >
        <label>
          {t('budgets.cbs.halfYear')}
          <select
            className="utrecht-select utrecht-select--html-select"
            value={halfYear}
            onChange={(e) => {
              check.reset();
              create.reset();
              setHalfYear(e.target.value);
            }}
          >
            {options.map((hy) => (
              <option key={hy} value={hy}>
                {label(hy)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <div className="budget-form-actions">
        <Button appearance="primary-action" busy={check.isPending} onClick={() => check.mutate()}>
          {t('budgets.cbs.check')}
        </Button>
        <Button busy={create.isPending} onClick={() => create.mutate('regular')}>
          {t('budgets.cbs.create')}
        </Button>
        <Button busy={create.isPending} onClick={() => create.mutate('correction')}>
          {t('budgets.cbs.createCorrection', { previous: label(previous(halfYear)) })}
        </Button>
      </div>
      {check.isError && <ErrorState error={check.error} />}
      {create.isError && <ErrorState error={create.error} />}
      {create.isSuccess && <Alert type="ok">{t('budgets.cbs.created', { file: create.data })}</Alert>}
      {check.data && <CheckReport check={check.data} label={label(check.data.halfYear)} />}
      <section aria-labelledby="cbs-history-title">
        <Heading level={2} id="cbs-history-title">
          {t('budgets.cbs.historyTitle')}
        </Heading>
        {history.isPending && <LoadingState />}
        {history.isError && <ErrorState error={history.error} />}
        {history.data?.length === 0 && <Paragraph>{t('budgets.cbs.noHistory')}</Paragraph>}
        {history.data && history.data.length > 0 && (
          <UnorderedList>
            {history.data.map((d) => (
              <UnorderedListItem key={d.id}>
                {t('budgets.cbs.historyRow', {
                  halfYear: label(d.halfYear),
                  kind: t(`budgets.cbs.kinds.${d.kind}`),
                  trajectories: num(d.trajectories),
                  measures: num(d.measures),
                  missing: num(d.missingFields),
                  date: formatMoment(d.createdAt, language),
                })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
    </div>
  );
}
