import type { OutcomeDashboard, OutcomeFigure, OutcomeMeasure } from '@een-plan/contracts';
import type { TFunction } from 'i18next';
import type { ChartPoint } from './FigureChart.tsx';

/** The periods of the chosen kind, in order, as published ('m01'…, 'q1'…, or 'y'). */
function periodsOf(d: OutcomeDashboard): string[] {
  if (d.period === 'year') return ['y'];
  if (d.period === 'quarter') return ['q1', 'q2', 'q3', 'q4'];
  return Array.from({ length: 12 }, (_, i) => `m${String(i + 1).padStart(2, '0')}`);
}

function periodLabel(t: TFunction, period: string): string {
  if (period === 'y') return t('outcomes.periodLabel.y');
  return t(period.startsWith('q') ? 'outcomes.periodLabel.q' : 'outcomes.periodLabel.m', {
    n: Number(period.slice(1)),
  });
}

export function find(
  d: OutcomeDashboard,
  measure: OutcomeMeasure,
  period: string,
  dimension = 'all',
  level = 'all',
): OutcomeFigure | undefined {
  return d.figures.find(
    (f) => f.measure === measure && f.period === period && f.dimension === dimension && f.level === level,
  );
}

/**
 * A published cell that is absent is zero (only non-zero cells are stored); a null is hidden.
 */
export function series(t: TFunction, d: OutcomeDashboard, measure: OutcomeMeasure): ChartPoint[] {
  return periodsOf(d).map((p) => {
    const f = find(d, measure, p);
    return { label: periodLabel(t, p), n: f ? f.n : 0, average: f?.average ?? null };
  });
}

/**
 * The chart's text summary for screen readers: the year's figure and the highest period (of the
 * count, or of the average for measures with a value).
 */
export function summaryOf(
  t: TFunction,
  /** Writes a number in the reader's language (formatNumber). */
  num: (value: number | null | undefined) => string,
  d: OutcomeDashboard,
  measure: OutcomeMeasure,
  points: ChartPoint[],
  value: 'n' | 'average' = 'n',
) {
  const total = find(d, measure, 'y');
  if (total && total.n === null) return t('outcomes.summaryHidden', { year: d.year });
  if (!total) return t('outcomes.summaryNone', { year: d.year });
  const shown = points.filter((p) => p.n !== null && p[value] !== null);
  const peak = shown.reduce<ChartPoint | undefined>(
    (m, p) => (!m || (p[value] ?? 0) > (m[value] ?? 0) ? p : m),
    undefined,
  );
  const hiddenPeriods = points.filter((p) => p.n === null).length;
  const main =
    value === 'average'
      ? t('outcomes.summaryAverage', {
          year: d.year,
          average: num(total.average) || '–',
          total: num(total.n),
          peak: peak?.label ?? '–',
          peakValue: num(peak?.average) || '–',
        })
      : t('outcomes.summary', {
          year: d.year,
          total: num(total.n),
          peak: peak?.label ?? '–',
          peakValue: num(peak?.n ?? 0),
        });
  return hiddenPeriods > 0 ? `${main} ${t('outcomes.summaryHiddenPeriods', { count: hiddenPeriods })}` : main;
}

/** The year's breakdown of a measure (all levels), e.g. per source or per provider. */
export function breakdown(d: OutcomeDashboard, measure: OutcomeMeasure) {
  return d.figures.filter(
    (f) => f.measure === measure && f.period === 'y' && f.level === 'all' && f.dimension !== 'all',
  );
}
