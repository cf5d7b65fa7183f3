import type { SafetyScore } from '@een-plan/contracts';
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
import { formatDate } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/use-language.ts';

const W = 560;
const H = 240;
const PAD = { left: 64, right: 64, top: 16, bottom: 40 };

const keyOf = (s: SafetyScore) => `${s.participant.kind}:${s.participant.ref}`;

/**
 * The 0–10 safety scale per participant over time, drawn like the self-reliance trend
 * (TrendChart.tsx: SVG with CSS classes only, for the strict CSP). A text summary of the latest
 * scores comes first and a table holds every score, so nothing depends on seeing the chart.
 */
export function SafetyScaleChart({ scores, threshold }: { scores: SafetyScore[]; threshold: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const heading = (
    <Heading level={3} id="safety-scale-title">
      {t('safetyPlan.scale.title')}
    </Heading>
  );
  if (scores.length === 0) {
    return (
      <section aria-labelledby="safety-scale-title">
        {heading}
        <Paragraph>{t('safetyPlan.scale.empty')}</Paragraph>
      </section>
    );
  }
  const dates = [...new Set(scores.map((s) => s.scoredOn))].sort();
  const people = [...new Map(scores.map((s) => [keyOf(s), s.participant.label])).entries()];
  const x = (date: string) =>
    dates.length === 1
      ? PAD.left + (W - PAD.left - PAD.right) / 2
      : PAD.left + ((W - PAD.left - PAD.right) * dates.indexOf(date)) / (dates.length - 1);
  const y = (score: number) => PAD.top + ((H - PAD.top - PAD.bottom) * (10 - score)) / 10;
  // The last score of a day counts (a second score that day corrects the first).
  const series = people.map(([key, label]) => {
    const byDate = new Map<string, number>();
    for (const s of scores) if (keyOf(s) === key) byDate.set(s.scoredOn, s.score);
    return { key, label, points: [...byDate.entries()].map(([date, score]) => ({ date, score })) };
  });
  const latest = series.map((s) => ({
    label: s.label,
    ...(s.points.at(-1) as { date: string; score: number }),
  }));
  const list = latest
    .map((l) =>
      t('safetyPlan.scale.summaryItem', {
        name: l.label,
        score: l.score,
        date: formatDate(l.date, language),
      }),
    )
    .join(', ');
  return (
    <section aria-labelledby="safety-scale-title" className="plan-trend">
      {heading}
      <Paragraph>{t('safetyPlan.scale.explain')}</Paragraph>
      <Paragraph>{t('safetyPlan.scale.summary', { list })}</Paragraph>
      <Paragraph>{t('safetyPlan.scale.low', { threshold })}</Paragraph>
      <figure className="plan-trend__figure">
        <svg
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-label={t('safetyPlan.scale.chartLabel')}
          className="plan-trend__svg"
        >
          {[0, 2, 4, 6, 8, 10].map((s) => (
            <g key={s}>
              <line x1={PAD.left} x2={W - PAD.right} y1={y(s)} y2={y(s)} className="plan-trend__grid" />
              <text x={PAD.left - 8} y={y(s) + 4} textAnchor="end" className="plan-trend__label">
                {s}
              </text>
            </g>
          ))}
          <line
            x1={PAD.left}
            x2={W - PAD.right}
            y1={y(threshold)}
            y2={y(threshold)}
            className="plan-trend__grid safety-scale__threshold"
          />
          {dates.map((d) => (
            <text key={d} x={x(d)} y={H - PAD.bottom + 20} textAnchor="middle" className="plan-trend__label">
              {formatDate(d, language)}
            </text>
          ))}
          {series.map((s, i) => (
            <g key={s.key} className={`plan-trend__series plan-trend__series--${i % 6}`}>
              <polyline points={s.points.map((p) => `${x(p.date)},${y(p.score)}`).join(' ')} fill="none" />
              {s.points.map((p) => (
                <circle key={p.date} cx={x(p.date)} cy={y(p.score)} r={5}>
                  <title>
                    {t('safetyPlan.scale.point', {
                      name: s.label,
                      score: p.score,
                      date: formatDate(p.date, language),
                    })}
                  </title>
                </circle>
              ))}
            </g>
          ))}
        </svg>
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
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="plan-trend__table" tabIndex={0} aria-label={t('safetyPlan.scale.caption')}>
        <Table caption={t('safetyPlan.scale.caption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('safetyPlan.scale.date')}</TableHeaderCell>
              <TableHeaderCell>{t('safetyPlan.scale.person')}</TableHeaderCell>
              <TableHeaderCell numeric>{t('safetyPlan.scale.score')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {scores.map((s) => (
              <TableRow key={`${s.scoredOn}-${keyOf(s)}-${s.score}`}>
                <TableCell>{formatDate(s.scoredOn, language)}</TableCell>
                <TableCell>{s.participant.label}</TableCell>
                <TableCell numeric>{s.score}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
    </section>
  );
}
