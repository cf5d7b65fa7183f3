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
import './outcomes.css';

export interface ChartPoint {
  label: string;
  n: number | null;
  average: number | null;
}

/**
 * A bar chart with its table alternative and a text summary. The bars are decoration for sighted
 * readers (aria-hidden); the table and the summary carry the same figures for everyone.
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
  const values = points.map((p) => p[value] ?? 0);
  const max = Math.max(1, ...values);
  const hidden = t('outcomes.hiddenLong', { k: minimumCell });
  return (
    <section className="outcome-chart">
      <Heading level={3}>{title}</Heading>
      <Paragraph>{summary}</Paragraph>
      <div className="outcome-chart__bars" aria-hidden="true" title={t('outcomes.chartHidden')}>
        {points.map((p) => (
          <div key={p.label} className="outcome-chart__bar-row">
            <span className="outcome-chart__label">{p.label}</span>
            {p[value] === null ? (
              <span className="outcome-chart__hidden">{t('outcomes.hidden')}</span>
            ) : (
              <span className="outcome-chart__bar" style={{ width: `${((p[value] ?? 0) / max) * 100}%` }}>
                {p[value]}
              </span>
            )}
          </div>
        ))}
      </div>
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
              <TableCell numeric>{p.n === null ? hidden : p.n}</TableCell>
              {value === 'average' && <TableCell numeric>{p.average ?? '–'}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
