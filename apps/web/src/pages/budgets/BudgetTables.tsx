import type { BudgetOverview } from '@een-plan/contracts';
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
import { formatEuro } from '../../i18n/numbers.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { areaName, levelName, taskFieldName } from './budget-words.ts';

type Money = { budgetCents: number; committedCents: number; spentCents: number; forecastCents: number };

function MoneyCells({ m }: { m: Money }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const euro = (c: number) => formatEuro(c, language);
  const left = m.budgetCents - m.forecastCents;
  return (
    <>
      <TableCell numeric>{euro(m.budgetCents)}</TableCell>
      <TableCell numeric>{euro(m.committedCents)}</TableCell>
      <TableCell numeric>{euro(m.spentCents)}</TableCell>
      <TableCell numeric>{euro(m.forecastCents)}</TableCell>
      <TableCell numeric>
        {left < 0 ? (
          <span className="budget-over">{`${t('budgets.overBudget')}: ${euro(-left)}`}</span>
        ) : (
          euro(left)
        )}
      </TableCell>
    </>
  );
}

function MoneyHeaders() {
  const { t } = useTranslation();
  return (
    <>
      <TableHeaderCell numeric>{t('budgets.columns.budget')}</TableHeaderCell>
      <TableHeaderCell numeric>{t('budgets.columns.committed')}</TableHeaderCell>
      <TableHeaderCell numeric>{t('budgets.columns.spent')}</TableHeaderCell>
      <TableHeaderCell numeric>{t('budgets.columns.forecast')}</TableHeaderCell>
      <TableHeaderCell numeric>{t('budgets.columns.remaining')}</TableHeaderCell>
    </>
  );
}

/** The overview as tables: every figure is in a table, so nothing depends on seeing a chart. */
export function BudgetTables({ o }: { o: BudgetOverview }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const euro = (c: number) => formatEuro(c, language);
  const monthName = (m: number) =>
    new Date(Date.UTC(o.year, m - 1, 15)).toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', {
      month: 'long',
    });
  return (
    <>
      <Heading level={2}>{t('budgets.sections.rows')}</Heading>
      <div className="budget-table-wrap">
        <Table caption={t('budgets.sections.rows')} hideCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('budgets.columns.area')}</TableHeaderCell>
              <TableHeaderCell>{t('budgets.columns.level')}</TableHeaderCell>
              <TableHeaderCell>{t('budgets.columns.category')}</TableHeaderCell>
              <MoneyHeaders />
            </TableRow>
          </TableHeader>
          <TableBody>
            {o.rows.map((r) => (
              <TableRow key={`${r.areaId}|${r.level}|${r.productCategory}`}>
                <TableHeaderCell scope="row">{areaName(o.areas, r.areaId, t)}</TableHeaderCell>
                <TableCell>{levelName(r.level, t)}</TableCell>
                <TableCell>
                  {r.productCategory ? t('budgets.category', { code: r.productCategory }) : ''}
                </TableCell>
                <MoneyCells m={r} />
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>

      <Heading level={2}>{t('budgets.sections.taskFields')}</Heading>
      <Paragraph>{t('budgets.taskFieldNote')}</Paragraph>
      <div className="budget-table-wrap">
        <Table caption={t('budgets.sections.taskFields')} hideCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('budgets.columns.taskField')}</TableHeaderCell>
              <MoneyHeaders />
            </TableRow>
          </TableHeader>
          <TableBody>
            {o.taskFields.map((f) => (
              <TableRow key={f.taskField}>
                <TableHeaderCell scope="row">{taskFieldName(f.taskField, t)}</TableHeaderCell>
                <MoneyCells m={f} />
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>

      <Heading level={2}>{t('budgets.sections.providers')}</Heading>
      <div className="budget-table-wrap">
        <Table caption={t('budgets.sections.providers')} hideCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('budgets.columns.provider')}</TableHeaderCell>
              <TableHeaderCell numeric>{t('budgets.columns.committed')}</TableHeaderCell>
              <TableHeaderCell numeric>{t('budgets.columns.spent')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {o.byProvider.map((p) => (
              <TableRow key={p.organisationId}>
                <TableHeaderCell scope="row">{p.name}</TableHeaderCell>
                <TableCell numeric>{euro(p.committedCents)}</TableCell>
                <TableCell numeric>{euro(p.spentCents)}</TableCell>
              </TableRow>
            ))}
            {o.byVariant.map((v) => (
              <TableRow key={v.executionVariant}>
                <TableHeaderCell scope="row">
                  {`${t('budgets.columns.variant')}: ${t(`budgets.variants.${v.executionVariant}`)}`}
                </TableHeaderCell>
                <TableCell numeric>{euro(v.committedCents)}</TableCell>
                <TableCell numeric>{euro(v.spentCents)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>

      <Heading level={2}>{t('budgets.sections.months')}</Heading>
      <div className="budget-table-wrap">
        <Table caption={t('budgets.sections.months')} hideCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('budgets.columns.month')}</TableHeaderCell>
              <TableHeaderCell numeric>{t('budgets.columns.committed')}</TableHeaderCell>
              <TableHeaderCell numeric>{t('budgets.columns.spent')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {o.byMonth.map((m) => (
              <TableRow key={m.month}>
                <TableHeaderCell scope="row">{monthName(m.month)}</TableHeaderCell>
                <TableCell numeric>{euro(m.committedCents)}</TableCell>
                <TableCell numeric>{euro(m.spentCents)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
