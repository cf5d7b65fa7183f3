import type { OutcomeMeasure, OutcomePeriodKind } from '@een-plan/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OutcomeFilter, outcomeDashboardQuery, outcomeSearch } from '../../api/outcomes-api.ts';
import { AreaFilter } from '../../components/AreaFilter.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { UtrechtLink } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { SelectOptions } from '../../components/SelectOptions.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { AreaTable, BreakdownTable, Chart, Fold, LevelTable, NormParagraph } from './OutcomeSections.tsx';

const WAITING: OutcomeMeasure[] = ['first_contact', 'plan_agreed'];
const BY_AREA: OutcomeMeasure[] = ['signals', 'plans_closed', 'crisis_episodes', 'satisfaction_help'];

/** The analyst's outcome dashboard; with `waitingOnly` the waiting-times view of /wachttijden. */
export function OutcomesPage({ waitingOnly = false }: { waitingOnly?: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const title = waitingOnly ? t('outcomes.waitingTitle') : t('outcomes.title');
  usePageTitle(title);
  const [filter, setFilter] = useState<OutcomeFilter>({ period: 'month' });
  // The previous figures stay while a new filter loads, so the topics the analyst opened stay open.
  const query = useQuery({ ...outcomeDashboardQuery(filter), placeholderData: keepPreviousData });
  const d = query.data;
  return (
    <div aria-busy={query.isPending}>
      <Heading level={1}>{title}</Heading>
      <form
        className="outcome-filters"
        aria-label={t('outcomes.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <AreaFilter
          label={t('outcomes.area')}
          allAreas={t('outcomes.allAreas')}
          areas={d?.areas}
          value={filter.areaId}
          onChange={(areaId) => setFilter({ ...filter, areaId })}
        />
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
            <SelectOptions values={d?.years.length ? d.years : d ? [d.year] : []} />
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
          <Fold id="wachttijden" title={t('outcomes.topics.waiting')} open>
            <NormParagraph d={d} />
            <Chart d={d} measure="signals" value="n" />
            {WAITING.map((m) => (
              <Chart key={m} d={d} measure={m} value="average" />
            ))}
            <LevelTable d={d} />
            {!waitingOnly && <BreakdownTable d={d} measure="signals" />}
          </Fold>
          {!waitingOnly && (
            <>
              <Fold id="uitkomstcriteria" title={t('outcomes.topics.criteria')}>
                <Paragraph>{t('outcomes.criteriaIntro')}</Paragraph>
                <Chart d={d} measure="plans_closed" value="n" />
                <BreakdownTable d={d} measure="assignments_stopped" />
                <BreakdownTable d={d} measure="recurrence_6" />
                <BreakdownTable d={d} measure="recurrence_12" />
                <Chart d={d} measure="self_reliance" value="average" />
                <Chart d={d} measure="self_reliance_improved" value="n" />
                <BreakdownTable d={d} measure="goals" />
              </Fold>
              <Fold id="toewijzingen" title={t('outcomes.topics.assignments')}>
                <BreakdownTable d={d} measure="assignments_category" />
                <BreakdownTable d={d} measure="assignments_provider" />
              </Fold>
              <Fold id="crisis" title={t('outcomes.topics.crisis')}>
                <Chart d={d} measure="crisis_episodes" value="n" />
                <BreakdownTable d={d} measure="crisis_episodes" />
              </Fold>
              <Fold id="tevredenheid" title={t('outcomes.topics.satisfaction')}>
                <Chart d={d} measure="satisfaction_help" value="average" />
                <Chart d={d} measure="satisfaction_result" value="average" />
              </Fold>
            </>
          )}
          <Fold id="gebieden" title={t('outcomes.byAreaTitle')} open={waitingOnly}>
            <AreaTable d={d} measures={waitingOnly ? ['signals', ...WAITING] : BY_AREA} />
          </Fold>
        </>
      )}
    </div>
  );
}

export function AnalystWaitingTimesPage() {
  return <OutcomesPage waitingOnly />;
}
