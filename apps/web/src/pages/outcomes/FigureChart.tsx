import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { formatNumber } from '../../i18n/numbers.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../../components/Table.tsx';
import { echarts, tokenColour } from './echarts-setup.ts';
import './outcomes.css';

export interface ChartPoint {
  label: string;
  n: number | null;
  average: number | null;
}

/**
 * A bar chart (ECharts) with its table alternative and a text summary. The chart is decoration
 * for sighted readers (aria-hidden); the summary and the table carry the same figures for everyone,
 * and a hidden cell is a gap in the chart, marked in the table.
 */
export function FigureChart({
  title,
  points,
  value,
  minimumCell,
  summary,
}: {
  title: string;
  points: ChartPoint[];
  value: 'n' | 'average';
  minimumCell: number;
  summary: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const hidden = t('outcomes.hiddenLong', { k: minimumCell });
  return (
    <section className="outcome-chart">
      <Heading level={3}>{title}</Heading>
      <Paragraph>{summary}</Paragraph>
      <BarCanvas points={points} value={value} hiddenLabel={t('outcomes.hidden')} language={language} />
      <details className="outcome-chart__table">
        <summary>{t('outcomes.showTable')}</summary>
        <Table caption={t('outcomes.tableCaption', { title })} hideCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('outcomes.columns.period')}</TableHeaderCell>
              <TableHeaderCell numeric>{t('outcomes.columns.count')}</TableHeaderCell>
              {value === 'average' && (
                <TableHeaderCell numeric>{t('outcomes.columns.average')}</TableHeaderCell>
              )}
            </TableRow>
          </TableHeader>
          <TableBody>
            {points.map((p) => (
              <TableRow key={p.label}>
                <TableHeaderCell scope="row">{p.label}</TableHeaderCell>
                <TableCell numeric>{p.n === null ? hidden : formatNumber(p.n, language)}</TableCell>
                {value === 'average' && (
                  <TableCell numeric>{formatNumber(p.average, language) || '–'}</TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </details>
    </section>
  );
}

function BarCanvas({
  points,
  value,
  hiddenLabel,
  language,
}: {
  points: ChartPoint[];
  value: 'n' | 'average';
  hiddenLabel: string;
  language: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // The points are rebuilt on every render; the chart is redrawn only when the figures change.
  const figures = JSON.stringify(points.map((p) => [p.label, p.n, p[value]]));
  useEffect(() => {
    const data = JSON.parse(figures) as Array<[string, number | null, number | null]>;
    const element = ref.current;
    if (!element) return;
    const chart = echarts.init(element, undefined, { renderer: 'svg' });
    const text = tokenColour('--een-plan-color-text', '#1a1a1a');
    // Bar labels and the axis write numbers as the page's language does ("0,7" in Dutch).
    const num = (v: unknown) => (typeof v === 'number' ? formatNumber(v, language) : '');
    chart.setOption({
      animation: false,
      aria: { enabled: false },
      grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
      xAxis: {
        type: 'category',
        data: data.map(([label]) => label),
        axisLabel: { color: text, interval: 0, rotate: data.length > 6 ? 45 : 0 },
      },
      yAxis: { type: 'value', axisLabel: { color: text, formatter: num } },
      series: [
        {
          type: 'bar',
          name: '',
          itemStyle: { color: tokenColour('--een-plan-color-primary', '#01689b') },
          label: {
            show: data.length <= 12,
            position: 'top',
            color: text,
            formatter: (p: { value: unknown }) => num(p.value),
          },
          // A hidden count is no bar but the word, never a bar of 0 (which would look like a real zero).
          data: data.map(([, n, v]) =>
            n === null
              ? {
                  value: 0,
                  label: {
                    show: true,
                    formatter: hiddenLabel,
                    rotate: data.length > 6 ? 90 : 0,
                    align: 'left',
                  },
                }
              : // An average over nobody is no bar at all (a 0 would read as a real average).
                (v ?? (value === 'average' ? '-' : 0)),
          ),
        },
      ],
    });
    const resize = () => chart.resize();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize);
    observer?.observe(element);
    return () => {
      observer?.disconnect();
      chart.dispose();
    };
  }, [figures, hiddenLabel, value, language]);
  return <div ref={ref} className="outcome-chart__canvas" aria-hidden="true" data-testid="outcome-chart" />;
}
