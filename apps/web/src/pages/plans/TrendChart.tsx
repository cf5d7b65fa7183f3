import type { PlanSelfRelianceTrend } from '@een-plan/contracts';
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
import { useLanguage } from '../../i18n/use-language.ts';
import { formatDate, useDomainNames } from './PlanView.tsx';

const W = 560;
const H = 240;
const PAD = { left: 64, right: 64, top: 16, bottom: 40 };

/**
 * Self-reliance over time: per person the average score (1–5) of each measurement, as an SVG line
 * chart without inline styles (colours come from CSS classes, so it fits the strict CSP). The
 * table below holds every score, so nothing depends on seeing the chart.
 */
export function TrendChart({ trend, names }: { trend: PlanSelfRelianceTrend; names: Map<string, string> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const domains = useDomainNames();
  if (trend.points.length === 0) {
    return (
      <section aria-labelledby="trend-title">
        <Heading level={2} id="trend-title">
          {t('plans.trend.title')}
        </Heading>
        <Paragraph>{t('plans.trend.empty')}</Paragraph>
      </section>
    );
  }
  const dates = [...new Set(trend.points.map((p) => p.measuredOn))].sort();
  const people = [...new Set(trend.points.map((p) => p.personId))];
  const x = (date: string) =>
    dates.length === 1
      ? PAD.left + (W - PAD.left - PAD.right) / 2
      : PAD.left + ((W - PAD.left - PAD.right) * dates.indexOf(date)) / (dates.length - 1);
  const y = (score: number) => PAD.top + ((H - PAD.top - PAD.bottom) * (5 - score)) / 4;
  const series = people.map((personId) => ({
    personId,
    points: dates
      .map((date) => {
        const scores = trend.points
          .filter((p) => p.personId === personId && p.measuredOn === date)
          .map((p) => p.score);
        if (scores.length === 0) return null;
        return { date, avg: Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 };
      })
      .filter((p): p is { date: string; avg: number } => p !== null),
  }));
  return (
    <section aria-labelledby="trend-title" className="plan-trend">
      <Heading level={2} id="trend-title">
        {t('plans.trend.title')}
      </Heading>
      <figure className="plan-trend__figure">
        <svg
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-label={t('plans.trend.chartLabel')}
          className="plan-trend__svg"
        >
          {[1, 2, 3, 4, 5].map((s) => (
            <g key={s}>
              <line x1={PAD.left} x2={W - PAD.right} y1={y(s)} y2={y(s)} className="plan-trend__grid" />
              <text x={PAD.left - 8} y={y(s) + 4} textAnchor="end" className="plan-trend__label">
                {s}
              </text>
            </g>
          ))}
          {dates.map((d) => (
            <text key={d} x={x(d)} y={H - PAD.bottom + 20} textAnchor="middle" className="plan-trend__label">
              {formatDate(d, language)}
            </text>
          ))}
          {series.map((s, i) => (
            <g key={s.personId} className={`plan-trend__series plan-trend__series--${i % 6}`}>
              <polyline points={s.points.map((p) => `${x(p.date)},${y(p.avg)}`).join(' ')} fill="none" />
              {s.points.map((p) => (
                <circle key={p.date} cx={x(p.date)} cy={y(p.avg)} r={5}>
                  <title>
                    {names.get(s.personId) ?? s.personId}:{' '}
                    {t('plans.trend.average', { score: p.avg, date: formatDate(p.date, language) })}
                  </title>
                </circle>
              ))}
            </g>
          ))}
        </svg>
        <figcaption>
          <ul className="plan-trend__legend">
            {series.map((s, i) => (
              <li key={s.personId}>
                <span className={`plan-trend__swatch plan-trend__series--${i % 6}`} aria-hidden="true" />
                {names.get(s.personId) ?? s.personId}
              </li>
            ))}
          </ul>
        </figcaption>
      </figure>
      {/* Five columns do not fit a phone: the table scrolls sideways in its own box (keyboard: focus it). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="plan-trend__table" tabIndex={0} aria-label={t('plans.trend.caption')}>
        <Table caption={t('plans.trend.caption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('plans.trend.date')}</TableHeaderCell>
              <TableHeaderCell>{t('plans.trend.person')}</TableHeaderCell>
              <TableHeaderCell>{t('plans.trend.domain')}</TableHeaderCell>
              <TableHeaderCell numeric>{t('plans.trend.score')}</TableHeaderCell>
              <TableHeaderCell>{t('plans.trend.source')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {trend.points.map((p) => (
              <TableRow key={`${p.measuredOn}-${p.personId}-${p.domainCode}-${p.source}`}>
                <TableCell>{formatDate(p.measuredOn, language)}</TableCell>
                <TableCell>{names.get(p.personId) ?? p.personId}</TableCell>
                <TableCell>{domains.get(p.domainCode) ?? p.domainCode}</TableCell>
                <TableCell numeric>{p.score}</TableCell>
                <TableCell>
                  {p.source === 'intake' || p.source === 'evaluation'
                    ? t(`plans.trend.sources.${p.source}`)
                    : p.source}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
    </section>
  );
}
