import { type ReactNode, useEffect, useRef } from 'react';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { echarts, keepSized, tokenColour } from './echarts-lines.ts';

interface TrendSeries {
  key: string;
  label: string;
  points: Array<{ date: string; value: number }>;
}

/**
 * Scores per person over time, one line each (ECharts): the self-reliance trend and the safety
 * scale. The chart is for sighted readers (aria-hidden); the text summary before it and the table
 * after it (`table`) carry the same figures for everyone. Series colours come from the legend's
 * CSS classes, so the CSS stays their one source.
 */
export function ScoreTrendChart({
  id,
  title,
  level,
  empty,
  summary,
  series,
  range,
  threshold,
  dateLabel,
  table,
}: {
  id: string;
  title: string;
  level: 2 | 3;
  /** Shown instead of everything else when there are no scores. */
  empty: string;
  /** Paragraphs before the chart: what the scale means and the latest scores in words. */
  summary: ReactNode;
  series: TrendSeries[];
  range: { min: number; max: number; step: number };
  threshold?: number;
  dateLabel: (iso: string) => string;
  table: ReactNode;
}) {
  const heading = (
    <Heading level={level} id={id}>
      {title}
    </Heading>
  );
  if (series.length === 0) {
    return (
      <section aria-labelledby={id}>
        {heading}
        <Paragraph>{empty}</Paragraph>
      </section>
    );
  }
  return (
    <section aria-labelledby={id} className="plan-trend">
      {heading}
      {summary}
      <figure className="plan-trend__figure">
        <LineCanvas series={series} range={range} threshold={threshold} dateLabel={dateLabel} />
        <figcaption>
          <ul className="plan-trend__legend">
            {series.map((s, i) => (
              <li key={s.key}>
                <span className={`plan-trend__swatch plan-trend__series--${i % 6}`} aria-hidden="true" />
                {s.label}
              </li>
            ))}
          </ul>
        </figcaption>
      </figure>
      {/* A wide table scrolls sideways in its own box on a phone (keyboard: focus it). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="plan-trend__table" tabIndex={0} aria-label={title}>
        {table}
      </section>
    </section>
  );
}

function LineCanvas({
  series,
  range,
  threshold,
  dateLabel,
}: {
  series: TrendSeries[];
  range: { min: number; max: number; step: number };
  threshold?: number;
  dateLabel: (iso: string) => string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Redrawn only when the figures change, not on every render.
  const figures = JSON.stringify({ series, range, threshold });
  const labelOf = useRef(dateLabel);
  labelOf.current = dateLabel;
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const data = JSON.parse(figures) as { series: TrendSeries[]; range: typeof range; threshold?: number };
    const dates = [...new Set(data.series.flatMap((s) => s.points.map((p) => p.date)))].sort();
    const swatches = element.parentElement?.querySelectorAll('.plan-trend__swatch') ?? [];
    const colour = (i: number) =>
      (swatches[i] && getComputedStyle(swatches[i]).getPropertyValue('--plan-series').trim()) || '#1a5aa6';
    const text = tokenColour('--een-plan-color-text', '#1a1a1a');
    const chart = echarts.init(element, undefined, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      aria: { enabled: false },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: {
        type: 'category',
        data: dates.map((d) => labelOf.current(d)),
        axisLabel: { color: text },
        boundaryGap: dates.length === 1,
      },
      yAxis: {
        type: 'value',
        min: data.range.min,
        max: data.range.max,
        interval: data.range.step,
        axisLabel: { color: text },
      },
      series: [
        ...data.series.map((s, i) => {
          const byDate = new Map(s.points.map((p) => [p.date, p.value]));
          return {
            type: 'line',
            name: s.label,
            connectNulls: true,
            symbolSize: 8,
            lineStyle: { width: 3, color: colour(i) },
            itemStyle: { color: colour(i) },
            data: dates.map((d) => byDate.get(d) ?? null),
          };
        }),
        // The threshold: a dashed line across the chart, without points.
        ...(data.threshold === undefined
          ? []
          : [
              {
                type: 'line',
                name: '',
                silent: true,
                showSymbol: false,
                lineStyle: { width: 1, color: text, type: 'dashed' },
                data: dates.map(() => data.threshold),
              },
            ]),
      ],
    });
    return keepSized(chart, element);
  }, [figures]);
  return <div ref={ref} className="plan-trend__chart" aria-hidden="true" />;
}
