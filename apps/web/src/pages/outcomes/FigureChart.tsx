import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../../components/Table.tsx';
import { formatNumber } from '../../i18n/numbers.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { barOption } from './bar-option.ts';
import { echarts, keepSized, tokenColour } from './echarts-setup.ts';
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
    chart.setOption(
      barOption({
        data,
        value,
        hiddenLabel,
        language,
        text: tokenColour('--een-plan-color-text', '#1a1a1a'),
        bar: tokenColour('--een-plan-color-primary', '#01689b'),
      }),
    );
    return keepSized(chart, element);
  }, [figures, hiddenLabel, value, language]);
  return <div ref={ref} className="outcome-chart__canvas" aria-hidden="true" data-testid="outcome-chart" />;
}
