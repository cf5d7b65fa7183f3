import type { PlanSelfRelianceTrend } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
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
import { ScoreTrendChart } from './ScoreTrendChart.tsx';

/**
 * Self-reliance over time: per person the average score (1–5) of each measurement (ScoreTrendChart).
 * The latest averages in words come first; the table holds every score per life domain.
 */
export function TrendChart({ trend, names }: { trend: PlanSelfRelianceTrend; names: Map<string, string> }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const domains = useDomainNames();
  const dates = [...new Set(trend.points.map((p) => p.measuredOn))].sort();
  const people = [...new Set(trend.points.map((p) => p.personId))];
  const series = people.map((personId) => ({
    key: personId,
    label: names.get(personId) ?? personId,
    points: dates.flatMap((date) => {
      const scores = trend.points
        .filter((p) => p.personId === personId && p.measuredOn === date)
        .map((p) => p.score);
      if (scores.length === 0) return [];
      return [{ date, value: Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 }];
    }),
  }));
  const list = series
    .map((s) => {
      const last = s.points.at(-1) as { date: string; value: number };
      return t('plans.trend.summaryItem', {
        name: s.label,
        score: last.value.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB'),
        date: formatDate(last.date, language),
      });
    })
    .join(', ');
  return (
    <ScoreTrendChart
      id="trend-title"
      title={t('plans.trend.title')}
      level={2}
      empty={t('plans.trend.empty')}
      summary={
        <>
          <Paragraph>{t('plans.trend.explain')}</Paragraph>
          <Paragraph>{t('plans.trend.summary', { list })}</Paragraph>
        </>
      }
      series={series}
      range={{ min: 1, max: 5, step: 1 }}
      dateLabel={(d) => formatDate(d, language)}
      table={
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
      }
    />
  );
}
