import type { BudgetOverview } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type BudgetFilter, budgetCsvHref, budgetOverviewQuery } from '../../api/budgets-api.ts';
import { AreaFilter } from '../../components/AreaFilter.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { UtrechtLink } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { formatEuro, formatNumber } from '../../i18n/numbers.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { BudgetTables } from './BudgetTables.tsx';
import './budgets.css';

const thisYear = () => new Date().getFullYear();

function Summary({ o }: { o: BudgetOverview }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const euro = (c: number) => formatEuro(c, language);
  const share =
    o.total.budgetCents > 0 ? Math.round((o.total.forecastCents / o.total.budgetCents) * 100) : null;
  const trend =
    o.monthsElapsed >= 12
      ? t('budgets.forecastClosed')
      : o.monthsElapsed === 0
        ? t('budgets.forecastNoTrend')
        : t('budgets.forecastTrend', { n: o.monthsElapsed });
  return (
    <Paragraph className="budget-summary">
      {t('budgets.summary', {
        year: o.year,
        budget: euro(o.total.budgetCents),
        committed: euro(o.total.committedCents),
        spent: euro(o.total.spentCents),
        forecast: euro(o.total.forecastCents),
      })}{' '}
      {share !== null && t('budgets.summaryShare', { share: formatNumber(share, language) })} {trend}
    </Paragraph>
  );
}

/** The analyst's budget page: money per area, level, category, task field, provider and month. */
export function BudgetPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t('budgets.title'));
  const [filter, setFilter] = useState<BudgetFilter>({ year: thisYear() });
  const query = useQuery(budgetOverviewQuery(filter));
  const o = query.data;
  const years = [thisYear() - 2, thisYear() - 1, thisYear(), thisYear() + 1];
  const empty = o && o.lines.length === 0 && o.total.committedCents === 0 && o.total.spentCents === 0;
  return (
    <div aria-busy={query.isPending}>
      <Heading level={1}>{t('budgets.title')}</Heading>
      <Paragraph>{t('budgets.intro')}</Paragraph>
      <form className="budget-filters" aria-label={t('budgets.filters')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('budgets.year')}
          <select
            className="utrecht-select utrecht-select--html-select"
            value={filter.year}
            onChange={(e) => setFilter({ ...filter, year: Number(e.target.value) })}
          >
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <AreaFilter
          label={t('budgets.area')}
          allAreas={t('budgets.allAreas')}
          areas={o?.areas}
          value={filter.areaId}
          onChange={(areaId) => setFilter({ ...filter, areaId })}
        />
      </form>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {empty && <Paragraph>{t('budgets.empty', { year: o.year })}</Paragraph>}
      {o && !empty && (
        <>
          <Summary o={o} />
          <Paragraph>
            <UtrechtLink href={budgetCsvHref(filter, language)} download>
              {t('budgets.downloadCsv')}
            </UtrechtLink>
          </Paragraph>
          <BudgetTables o={o} />
        </>
      )}
    </div>
  );
}
