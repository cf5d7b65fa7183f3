import type { OutcomeDashboard, OutcomeMeasure } from '@een-plan/contracts';
import type { ReactNode } from 'react';
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
import { formatPercent, useFormatNumber } from '../../i18n/numbers.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { FigureChart } from './FigureChart.tsx';
import { breakdown, find, series, summaryOf } from './figures.ts';

/**
 * One topic of the dashboard, folded (details/summary: opens with Enter or Space, and the browser's
 * find-in-page opens it too), so the long page reads as a list of topics.
 */
export function Fold({
  id,
  title,
  open,
  children,
}: {
  id: string;
  title: string;
  open?: boolean;
  children: ReactNode;
}) {
  return (
    <details className="outcome-fold" open={open} id={`onderwerp-${id}`}>
      <summary className="outcome-fold__summary">
        <Heading level={2} className="outcome-fold__title">
          {title}
        </Heading>
      </summary>
      <div className="outcome-fold__body">{children}</div>
    </details>
  );
}

export function Chart({
  d,
  measure,
  value,
}: {
  d: OutcomeDashboard;
  measure: OutcomeMeasure;
  value: 'n' | 'average';
}) {
  const { t } = useTranslation();
  const num = useFormatNumber();
  const points = series(t, d, measure);
  // No figures this year: the summary says so; an empty chart would only add noise.
  if (!find(d, measure, 'y')) {
    return (
      <section className="outcome-chart">
        <Heading level={3}>{t(`outcomes.measures.${measure}`)}</Heading>
        <Paragraph>{summaryOf(t, num, d, measure, points, value)}</Paragraph>
      </section>
    );
  }
  return (
    <FigureChart
      title={t(`outcomes.measures.${measure}`)}
      points={points}
      value={value}
      minimumCell={d.minimumCell}
      summary={summaryOf(t, num, d, measure, points, value)}
    />
  );
}

function useHiddenText(d: OutcomeDashboard) {
  const { t } = useTranslation();
  const num = useFormatNumber();
  return (n: number | null | undefined) =>
    n === null ? t('outcomes.hiddenLong', { k: d.minimumCell }) : num(n ?? 0);
}

/** The year's breakdown of a measure as a table (per source, provider, reason …). */
export function BreakdownTable({ d, measure }: { d: OutcomeDashboard; measure: OutcomeMeasure }) {
  const { t } = useTranslation();
  const hidden = useHiddenText(d);
  const rows = breakdown(d, measure);
  return (
    <Table caption={t(`outcomes.measures.${measure}`)}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('outcomes.breakdown')}</TableHeaderCell>
          <TableHeaderCell numeric>{t('outcomes.columns.count')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.length === 0 && (
          <TableRow>
            <TableCell colSpan={2}>{t('outcomes.noFigures')}</TableCell>
          </TableRow>
        )}
        {rows.map((f) => (
          <TableRow key={f.dimension}>
            <TableHeaderCell scope="row">
              {f.dimensionLabel ?? t(`outcomes.dimensions.${f.dimension}`, { defaultValue: f.dimension })}
            </TableHeaderCell>
            <TableCell numeric>{hidden(f.n)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function LevelTable({ d }: { d: OutcomeDashboard }) {
  const { t } = useTranslation();
  const hidden = useHiddenText(d);
  return (
    <>
      <Heading level={3}>{t('outcomes.levelTitle')}</Heading>
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
    </>
  );
}

/** The year per area: counts, and for measures with a value the average with its count. */
export function AreaTable({ d, measures }: { d: OutcomeDashboard; measures: OutcomeMeasure[] }) {
  const { t } = useTranslation();
  const hidden = useHiddenText(d);
  const num = useFormatNumber();
  const counted: OutcomeMeasure[] = ['signals', 'plans_closed', 'crisis_episodes'];
  return (
    <Table caption={t('outcomes.byAreaTitle')} hideCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('outcomes.columns.area')}</TableHeaderCell>
          {measures.map((m) => (
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
            {measures.map((m) => {
              const f = d.byArea.find((r) => r.areaId === a.id && r.measure === m);
              return (
                <TableCell key={m} numeric>
                  {f && f.n !== null && f.average !== null && !counted.includes(m)
                    ? `${num(f.average)} (${num(f.n)})`
                    : hidden(f ? f.n : 0)}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function NormParagraph({ d }: { d: OutcomeDashboard }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const within = find(d, 'first_contact_within_norm', 'y');
  const contacted = find(d, 'first_contact', 'y');
  const share =
    within?.n != null && contacted?.n
      ? formatPercent(Math.round((within.n / contacted.n) * 100) / 100, language)
      : null;
  return (
    <Paragraph>
      {share
        ? t('outcomes.norm', { days: d.firstContactNormDays, share })
        : t('outcomes.normUnknown', { days: d.firstContactNormDays })}
    </Paragraph>
  );
}
