import type { SafetyScore } from '@een-plan/contracts';
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
import { formatDate } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { ScoreTrendChart } from './ScoreTrendChart.tsx';

const keyOf = (s: SafetyScore) => `${s.participant.kind}:${s.participant.ref}`;

/**
 * The 0–10 safety scale per participant over time (ScoreTrendChart), with the threshold as a
 * dashed line. A text summary of the latest scores comes first and a table holds every score.
 */
export function SafetyScaleChart({ scores, threshold }: { scores: SafetyScore[]; threshold: number }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const people = [...new Map(scores.map((s) => [keyOf(s), s.participant.label])).entries()];
  // The last score of a day counts (a second score that day corrects the first).
  const series = people.map(([key, label]) => {
    const byDate = new Map<string, number>();
    for (const s of scores) if (keyOf(s) === key) byDate.set(s.scoredOn, s.score);
    return { key, label, points: [...byDate.entries()].map(([date, value]) => ({ date, value })) };
  });
  const list = series
    .map((s) => {
      const last = s.points.at(-1) as { date: string; value: number };
      return t('safetyPlan.scale.summaryItem', {
        name: s.label,
        score: last.value,
        date: formatDate(last.date, language),
      });
    })
    .join(', ');
  return (
    <ScoreTrendChart
      id="safety-scale-title"
      title={t('safetyPlan.scale.title')}
      level={3}
      empty={t('safetyPlan.scale.empty')}
      summary={
        <>
          <Paragraph>{t('safetyPlan.scale.explain')}</Paragraph>
          <Paragraph>{t('safetyPlan.scale.summary', { list })}</Paragraph>
          <Paragraph>{t('safetyPlan.scale.low', { threshold })}</Paragraph>
        </>
      }
      series={series}
      range={{ min: 0, max: 10, step: 2 }}
      threshold={threshold}
      dateLabel={(d) => formatDate(d, language)}
      table={
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
      }
    />
  );
}
