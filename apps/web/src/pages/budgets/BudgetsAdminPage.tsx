import type { BudgetLine } from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { budgetOverviewQuery, budgetsApi } from '../../api/budgets-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { SelectOptions } from '../../components/SelectOptions.tsx';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../../components/Table.tsx';
import { formatEuro, formatNumber } from '../../i18n/numbers.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import '../referrals/referrals.css';
import { BudgetLineForm } from './BudgetLineForm.tsx';
import { areaName, levelName } from './budget-words.ts';
import './budgets.css';
import { Iv3MappingSection } from './Iv3MappingSection.tsx';

function LinesTable({
  lines,
  areas,
  onEdit,
}: {
  lines: BudgetLine[];
  areas: ReadonlyArray<{ id: string; name: string }>;
  onEdit: (line: BudgetLine) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: string) => budgetsApi.removeLine(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['budgets'] }),
  });
  return (
    <div className="budget-table-wrap">
      {remove.isError && <ErrorState error={remove.error} />}
      <Table caption={t('budgets.admin.linesTitle', { year: lines[0]?.year ?? '' })} hideCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('budgets.columns.area')}</TableHeaderCell>
            <TableHeaderCell>{t('budgets.columns.level')}</TableHeaderCell>
            <TableHeaderCell>{t('budgets.columns.category')}</TableHeaderCell>
            <TableHeaderCell>{t('budgets.columns.label')}</TableHeaderCell>
            <TableHeaderCell numeric>{t('budgets.columns.amount')}</TableHeaderCell>
            <TableHeaderCell>{t('budgets.columns.actions')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {lines.map((l) => (
            <TableRow key={l.id}>
              <TableHeaderCell scope="row">{areaName(areas, l.areaId, t)}</TableHeaderCell>
              <TableCell>{levelName(l.level, t)}</TableCell>
              <TableCell>
                {l.productCategory
                  ? `${t('budgets.category', { code: l.productCategory })}, ${t(`budgets.variants.${l.executionVariant ?? 'inspanningsgericht'}`)}`
                  : ''}
              </TableCell>
              <TableCell>{l.label}</TableCell>
              <TableCell numeric>
                {l.level === '2' && l.priceCents !== null
                  ? `${formatNumber(l.quantity, language)} × ${formatEuro(l.priceCents, language)} = ${formatEuro(l.amountCents, language)}`
                  : formatEuro(l.amountCents, language)}
              </TableCell>
              <TableCell>
                <div className="budget-form-actions">
                  <Button appearance="subtle" onClick={() => onEdit(l)}>
                    {t('budgets.admin.edit')}
                  </Button>
                  <Button appearance="subtle" busy={remove.isPending} onClick={() => remove.mutate(l.id)}>
                    {t('budgets.admin.remove')}
                  </Button>
                </div>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** The administrator sets the year's budgets and the Iv3 task fields. */
export function BudgetsAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('budgets.admin.title'));
  const now = new Date().getFullYear();
  const [year, setYear] = useState(now);
  const [editing, setEditing] = useState<BudgetLine | null>(null);
  const [saves, setSaves] = useState(0);
  const query = useQuery(budgetOverviewQuery({ year }));
  const o = query.data;
  return (
    <div aria-busy={query.isPending}>
      <Heading level={1}>{t('budgets.admin.title')}</Heading>
      <Paragraph>{t('budgets.admin.intro')}</Paragraph>
      <form className="budget-filters" aria-label={t('budgets.filters')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('budgets.year')}
          <select
            className="utrecht-select utrecht-select--html-select"
            value={year}
            onChange={(e) => {
              setEditing(null);
              setSaves(0);
              setYear(Number(e.target.value));
            }}
          >
            <SelectOptions values={[now - 1, now, now + 1]} />
          </select>
        </label>
      </form>
      <section aria-labelledby="budget-lines-title">
        <Heading level={2} id="budget-lines-title">
          {t('budgets.admin.linesTitle', { year })}
        </Heading>
        {query.isPending && <LoadingState />}
        {query.isError && <ErrorState error={query.error} />}
        {o && o.lines.length === 0 && <Paragraph>{t('budgets.admin.noLines', { year })}</Paragraph>}
        {o && o.lines.length > 0 && <LinesTable lines={o.lines} areas={o.areas} onEdit={setEditing} />}
        {saves > 0 && <Alert type="ok">{t('budgets.admin.saved')}</Alert>}
        {o && (
          <BudgetLineForm
            key={editing?.id ?? `new-${year}-${saves}`}
            year={year}
            areas={o.areas}
            editing={editing}
            onSaved={() => {
              setEditing(null);
              setSaves((n) => n + 1);
            }}
            onCancel={() => setEditing(null)}
          />
        )}
      </section>
      <Iv3MappingSection />
    </div>
  );
}
