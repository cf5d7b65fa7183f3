import type { OutcomeMeasure, OutcomePeriodKind } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OutcomeFilter, outcomeDashboardQuery, outcomeSearch } from '../../api/outcomes-api.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { UtrechtLink } from '../../components/Link.tsx';
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
import { usePageTitle } from '../../layout/use-page-title.ts';
import { FigureChart } from './FigureChart.tsx';
import { breakdown, find, series, summaryOf } from './figures.ts';

const COUNT_MEASURES: OutcomeMeasure[] = ['signals', 'plans_closed', 'self_reliance_improved'];
const AVERAGE_MEASURES: OutcomeMeasure[] = [
  'first_contact',
  'plan_agreed',
  'self_reliance',
  'satisfaction_help',
  'satisfaction_result',
];
const BREAKDOWNS: OutcomeMeasure[] = [
  'signals',
  'goals',
  'assignments_stopped',
  'assignments_category',
  'assignments_provider',
];
const WAITING: OutcomeMeasure[] = ['first_contact', 'plan_agreed'];

/** The analyst's outcome dashboard; with `waitingOnly` the waiting-times view of /wachttijden. */
export function OutcomesPage({ waitingOnly = false }: { waitingOnly?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const title = waitingOnly ? t('outcomes.waitingTitle') : t('outcomes.title');
  usePageTitle(title);
  const [filter, setFilter] = useState<OutcomeFilter>({ period: 'month' });
  const query = useQuery(outcomeDashboardQuery(filter));
  const d = query.data;
  const hidden = (n: number | null | undefined) =>
    n === null ? t('outcomes.hiddenLong', { k: d?.minimumCell ?? 5 }) : (n ?? 0);
  const within = d ? find(d, 'first_contact_within_norm', 'y') : undefined;
  const contacted = d ? find(d, 'first_contact', 'y') : undefined;
  const share = within?.n != null && contacted?.n ? `${Math.round((within.n / contacted.n) * 100)}%` : null;
  return (
    <div aria-busy={query.isPending}>
      <Heading level={1}>{title}</Heading>
      <form
        className="outcome-filters"
        aria-label={t('outcomes.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <label>
          {t('outcomes.area')}
          <select
            className="utrecht-select utrecht-select--html-select"
            value={filter.areaId ?? ''}
            onChange={(e) => setFilter({ ...filter, areaId: e.target.value || undefined })}
          >
            <option value="">{t('outcomes.allAreas')}</option>
            {d?.areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('outcomes.period')}
          <select
            className="utrecht-select utrecht-select--html-select"
            value={filter.period}
            onChange={(e) => setFilter({ ...filter, period: e.target.value as OutcomePeriodKind })}
          >
            {(['month', 'quarter', 'year'] as const).map((p) => (
              <option key={p} value={p}>
                {t(`outcomes.periods.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('outcomes.year')}
          <select
            className="utrecht-select utrecht-select--html-select"
            value={filter.year ?? d?.year ?? ''}
            onChange={(e) => setFilter({ ...filter, year: Number(e.target.value) })}
          >
            {(d?.years.length ? d.years : d ? [d.year] : []).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </form>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {d && (
        <>
          <Paragraph lead>{t('outcomes.intro', { k: d.minimumCell })}</Paragraph>
          {d.roundedTo5 && <Paragraph>{t('outcomes.rounded')}</Paragraph>}
          <Paragraph>
            {d.computedAt
              ? t('outcomes.computedAt', { date: new Date(d.computedAt).toLocaleString(language) })
              : t('outcomes.notComputed')}
          </Paragraph>
          <Paragraph>
            <UtrechtLink href={outcomeSearch(filter, 'csv', language)} download>
              {t('outcomes.downloadCsv')}
            </UtrechtLink>
          </Paragraph>
          <Paragraph>
            {share
              ? t('outcomes.norm', { days: d.firstContactNormDays, share })
              : t('outcomes.normUnknown', { days: d.firstContactNormDays })}
          </Paragraph>
          {(waitingOnly ? ['signals' as const] : COUNT_MEASURES).map((m) => {
            const points = series(t, d, m);
            return (
              <FigureChart
                key={m}
                title={t(`outcomes.measures.${m}`)}
                points={points}
                value="n"
                minimumCell={d.minimumCell}
                summary={summaryOf(t, d, m, points)}
              />
            );
          })}
          {(waitingOnly ? WAITING : AVERAGE_MEASURES).map((m) => {
            const points = series(t, d, m);
            return (
              <FigureChart
                key={m}
                title={t(`outcomes.measures.${m}`)}
                points={points}
                value="average"
                minimumCell={d.minimumCell}
                summary={summaryOf(t, d, m, points)}
              />
            );
          })}
          <Heading level={2}>{t('outcomes.levelTitle')}</Heading>
          <Table caption={t('outcomes.levelTitle')} hideCaption>
            <TableBody>
              {(['0', '1', '2', 'none'] as const).map((l) => (
                <TableRow key={l}>
                  <TableHeaderCell scope="row">{t(`outcomes.levels.${l}`)}</TableHeaderCell>
                  <TableCell numeric>{hidden(find(d, 'signals', 'y', 'all', l)?.n)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {!waitingOnly && (
            <>
              <Heading level={2}>{t('outcomes.breakdownTitle')}</Heading>
              {BREAKDOWNS.map((m) => (
                <Table key={m} caption={t(`outcomes.measures.${m}`)}>
                  <TableHeader>
                    <TableRow>
                      <TableHeaderCell>{t('outcomes.breakdown')}</TableHeaderCell>
                      <TableHeaderCell numeric>{t('outcomes.columns.count')}</TableHeaderCell>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {breakdown(d, m).map((f) => (
                      <TableRow key={f.dimension}>
                        <TableHeaderCell scope="row">
                          {f.dimensionLabel ??
                            t(`outcomes.dimensions.${f.dimension}`, { defaultValue: f.dimension })}
                        </TableHeaderCell>
                        <TableCell numeric>{hidden(f.n)}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              ))}
            </>
          )}
          <Heading level={2}>{t('outcomes.byAreaTitle')}</Heading>
          <Table caption={t('outcomes.byAreaTitle')} hideCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('outcomes.columns.area')}</TableHeaderCell>
                {(waitingOnly
                  ? ['signals' as const, ...WAITING]
                  : ['signals' as const, 'plans_closed' as const, 'satisfaction_help' as const]
                ).map((m) => (
                  <TableHeaderCell key={m} numeric>
                    {t(`outcomes.measures.${m}`)}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {d.areas.map((a) => (
                <TableRow key={a.id}>
                  <TableHeaderCell scope="row">{a.name}</TableHeaderCell>
                  {(waitingOnly
                    ? ['signals', ...WAITING]
                    : ['signals', 'plans_closed', 'satisfaction_help']
                  ).map((m) => {
                    const f = d.byArea.find((r) => r.areaId === a.id && r.measure === m);
                    return (
                      <TableCell key={m} numeric>
                        {f && f.n !== null && f.average !== null && m !== 'signals' && m !== 'plans_closed'
                          ? `${f.average} (${f.n})`
                          : hidden(f ? f.n : 0)}
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </div>
  );
}

export function AnalystWaitingTimesPage() {
  return <OutcomesPage waitingOnly />;
}
