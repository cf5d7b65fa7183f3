/**
 * The budget overview as a CSV file (issue 17: "CSV export" for the analyst pages). Money per
 * area, level, category, provider, month and Iv3 task field — never a person — so the small-cell
 * rule does not apply (decision 0017). Amounts are written in euros from the exact cents, with
 * the decimal sign of the language (Dutch Excel reads "1234,56").
 */
import type { BudgetOverview, BudgetQuery } from '@een-plan/contracts';
import { recordAudit } from '../audit/record.ts';
import type { Executor } from '../db/database.ts';
import type { CsvValue } from '../http/csv.ts';
import type { RequestContext } from '../policy/request-context.ts';
import { getBudgetOverview } from './overview.ts';

type Locale = 'nl' | 'en';

/** Exact euros from integer cents: no floating point on the way. */
export function euros(cents: number, locale: Locale): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const rest = String(abs % 100).padStart(2, '0');
  return `${sign}${whole}${locale === 'nl' ? ',' : '.'}${rest}`;
}

const WORDS = {
  nl: {
    header: [
      'jaar',
      'gebied',
      'overzicht',
      'niveau',
      'onderdeel',
      'budget',
      'verplicht',
      'besteed',
      'prognose',
    ],
    all: 'alle',
    none: 'hele gemeente',
    sections: {
      row: 'gebied en niveau',
      provider: 'aanbieder',
      month: 'maand',
      taskField: 'taakveld',
      total: 'totaal',
    },
  },
  en: {
    header: ['year', 'area', 'overview', 'level', 'part', 'budget', 'committed', 'spent', 'forecast'],
    all: 'all',
    none: 'whole municipality',
    sections: {
      row: 'area and level',
      provider: 'provider',
      month: 'month',
      taskField: 'task field',
      total: 'total',
    },
  },
} as const;

interface Money {
  budgetCents?: number;
  committedCents: number;
  spentCents: number;
  forecastCents?: number;
}

function budgetCsv(o: BudgetOverview, locale: Locale) {
  const w = WORDS[locale];
  const areaName = (id: string | null) => (id ? (o.areas.find((a) => a.id === id)?.name ?? id) : w.none);
  const filter = o.areaId ? areaName(o.areaId) : w.all;
  const eur = (c: number | undefined) => (c === undefined ? '' : euros(c, locale));
  const row = (area: string, section: string, level: string, part: string, m: Money): CsvValue[] => [
    o.year,
    area,
    section,
    level,
    part,
    eur(m.budgetCents),
    eur(m.committedCents),
    eur(m.spentCents),
    eur(m.forecastCents),
  ];
  const rows: CsvValue[][] = [
    ...o.rows.map((r) => row(areaName(r.areaId), w.sections.row, r.level, r.productCategory ?? '', r)),
    ...o.byProvider.map((p) => row(filter, w.sections.provider, '', p.name, p)),
    ...o.byMonth.map((m) =>
      row(filter, w.sections.month, '', `${o.year}-${String(m.month).padStart(2, '0')}`, m),
    ),
    ...o.taskFields.map((t) => row(filter, w.sections.taskField, '', t.taskField, t)),
    row(filter, w.sections.total, '', '', o.total),
  ];
  return { header: [...w.header], rows };
}

/** The overview as CSV; the export is audited with its filter and size (figures only). */
/** `reader` may be a read replica; the audit goes to `db`. */
export async function exportBudgetCsv(
  db: Executor,
  ctx: RequestContext,
  query: BudgetQuery,
  locale: Locale,
  reader: Executor = db,
) {
  const overview = await getBudgetOverview(reader, ctx.tenantId, query);
  const csv = budgetCsv(overview, locale);
  await recordAudit(db, {
    tenantId: ctx.tenantId,
    actor: ctx.actor,
    action: 'budgets.exported',
    outcome: 'success',
    dataCategory: 'budget_figures',
    purpose: 'steering',
    requestId: ctx.requestId,
    clientAddress: ctx.clientAddress,
    details: { year: overview.year, areaId: overview.areaId, rows: csv.rows.length },
  });
  return { filename: `budget-${overview.year}.csv`, ...csv };
}
