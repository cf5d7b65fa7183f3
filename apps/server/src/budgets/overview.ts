/**
 * Budget against committed and spent, per area, level and product category, per provider, month,
 * execution variant and Iv3 task field, with the year-end forecast. Money figures only: no person,
 * household or assignment is ever in the answer.
 */
import type {
  BudgetLevel,
  BudgetOverview,
  BudgetQuery,
  ExecutionVariant,
  Iv3TaskField,
} from '@een-plan/contracts';
import { Iv3TaskField as TaskFields } from '@een-plan/contracts';
import { committedFactsPage, spentCells } from '../assignments/budget-facts.ts';
import type { Executor } from '../db/database.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { listAreaNames } from '../tenancy/areas.ts';
import { organisationNames } from '../tenancy/organisations.ts';
import { loadIv3Mapping, taskFieldOf } from './iv3.ts';
import { listLines } from './lines.ts';
import { monthParts, monthsElapsed, yearEndForecast } from './money.ts';

const PAGE = 5000;

interface Cell {
  budgetCents: number;
  committedCents: number;
  spent: number[];
}
const newCell = (): Cell => ({ budgetCents: 0, committedCents: 0, spent: new Array<number>(12).fill(0) });
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

function cellOf<K>(map: Map<K, Cell>, key: K): Cell {
  const known = map.get(key);
  if (known) return known;
  const c = newCell();
  map.set(key, c);
  return c;
}

export async function getBudgetOverview(
  db: Executor,
  tenantId: string,
  query: BudgetQuery,
  now = new Date(),
): Promise<BudgetOverview> {
  const today = amsterdamDate(now);
  const year = query.year ?? Number(today.slice(0, 4));
  const elapsed = monthsElapsed(year, today);
  const [areas, allLines, mapping] = await Promise.all([
    listAreaNames(db, tenantId),
    listLines(db, tenantId, year),
    loadIv3Mapping(db, tenantId),
  ]);
  const areaId = query.areaId && areas.some((a) => a.id === query.areaId) ? query.areaId : null;
  const lines = areaId ? allLines.filter((l) => l.areaId === areaId) : allLines;
  const inScope = (a: string | null) => !areaId || a === areaId;

  // Rows keyed "area|level|category"; money of an area without its own level-2 line for the
  // category falls to the municipality-wide line of that category, when there is one.
  const rows = new Map<string, Cell>();
  const keyOf = (a: string | null, level: BudgetLevel, c: string | null) => `${a ?? ''}|${level}|${c ?? ''}`;
  for (const l of lines)
    cellOf(rows, keyOf(l.areaId, l.level, l.productCategory)).budgetCents += l.amountCents;
  const moneyRow = (a: string | null, c: string) => {
    const own = keyOf(a, '2', c);
    if (rows.has(own) || areaId) return cellOf(rows, own);
    const wide = keyOf(null, '2', c);
    return cellOf(rows, rows.has(wide) ? wide : own);
  };
  const fields = new Map<Iv3TaskField, Cell>(TaskFields.options.map((f) => [f, newCell()]));
  for (const l of lines) {
    if (l.level === '2' && l.productCategory)
      cellOf(fields, taskFieldOf(mapping, l.productCategory)).budgetCents += l.amountCents;
  }
  const providers = new Map<string, Cell>();
  const variants = new Map<string, Cell>();
  const months = newCell();
  const committedMonths = new Array<number>(12).fill(0);

  const window = { from: `${year}-01-01`, to: `${year}-12-31` };
  for (let after: string | null = null; ; ) {
    const page = await committedFactsPage(db, tenantId, window, after, PAGE);
    for (const f of page) {
      if (!inScope(f.areaId)) continue;
      const parts = monthParts(f.committedCents, f.startDate, f.endDate, year);
      const inYear = sum(parts);
      for (const c of [
        moneyRow(f.areaId, f.productCategory),
        cellOf(fields, taskFieldOf(mapping, f.productCategory)),
        cellOf(providers, f.organisationId),
        cellOf(variants, f.executionVariant),
        months,
      ]) {
        c.committedCents += inYear;
      }
      parts.forEach((p, m) => {
        committedMonths[m] = (committedMonths[m] ?? 0) + p;
      });
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1]?.id ?? null;
  }
  for (const s of await spentCells(db, tenantId, year)) {
    if (!inScope(s.areaId)) continue;
    for (const c of [
      moneyRow(s.areaId, s.productCategory),
      cellOf(fields, taskFieldOf(mapping, s.productCategory)),
      cellOf(providers, s.organisationId),
      cellOf(variants, s.executionVariant),
      months,
    ]) {
      c.spent[s.month - 1] = (c.spent[s.month - 1] ?? 0) + s.spentCents;
    }
  }

  const money = (c: Cell) => ({
    budgetCents: c.budgetCents,
    committedCents: c.committedCents,
    spentCents: sum(c.spent),
    forecastCents: yearEndForecast(c.spent, c.committedCents, elapsed),
  });
  const orgIds = [...providers.keys()];
  const names = await organisationNames(db, tenantId, orgIds);
  return {
    year,
    areaId,
    monthsElapsed: elapsed,
    areas,
    lines,
    rows: [...rows.entries()]
      .map(([k, c]) => {
        const [a, level, cat] = k.split('|') as [string, BudgetLevel, string];
        return { areaId: a || null, level, productCategory: cat || null, ...money(c) };
      })
      .sort((x, y) =>
        `${x.areaId ?? ''}|${x.level}|${x.productCategory ?? ''}`.localeCompare(
          `${y.areaId ?? ''}|${y.level}|${y.productCategory ?? ''}`,
        ),
      ),
    byProvider: orgIds
      .map((id) => {
        const c = providers.get(id) as Cell;
        return {
          organisationId: id,
          name: names.get(id) ?? id,
          committedCents: c.committedCents,
          spentCents: sum(c.spent),
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
    byMonth: committedMonths.map((c, m) => ({
      month: m + 1,
      committedCents: c,
      spentCents: months.spent[m] ?? 0,
    })),
    byVariant: [...variants.entries()].map(([v, c]) => ({
      executionVariant: v as ExecutionVariant,
      committedCents: c.committedCents,
      spentCents: sum(c.spent),
    })),
    taskFields: [...fields.entries()].map(([taskField, c]) => ({ taskField, ...money(c) })),
    total: { ...money(months), budgetCents: sum(lines.map((l) => l.amountCents)) },
  };
}
