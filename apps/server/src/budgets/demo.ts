/**
 * The demo municipality's budgets for the current year: a subsidy (level 0), a population budget
 * per area (level 1) and price × quantity per product category (level 2) in all three iJw
 * execution variants. Synthetic amounts, in the order of a municipality of Haarlemmermeer's size
 * scaled down. Idempotent: skipped when the year has lines.
 */
import type { ExecutionVariant } from '@een-plan/contracts';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { budgetLine } from './schema.ts';

const AREAS = ['area-nieuw-vennep', 'area-hoofddorp-oost', 'area-badhoevedorp'] as const;
const POPULATION: Record<(typeof AREAS)[number], number> = {
  'area-nieuw-vennep': 42_000_000,
  'area-hoofddorp-oost': 35_000_000,
  'area-badhoevedorp': 18_000_000,
};

export async function loadBudgetsDemo(tx: Executor, tenantId: string, now = new Date()): Promise<void> {
  if (tenantId !== '0394') return;
  const year = Number(amsterdamDate(now).slice(0, 4));
  const [existing] = await tx
    .select({ id: budgetLine.id })
    .from(budgetLine)
    .where(and(eq(budgetLine.tenantId, tenantId), eq(budgetLine.year, year)))
    .limit(1);
  if (existing) return;
  const base = { tenantId, year, updatedBy: 'u-erik', label: '' };
  const priced = (
    id: string,
    areaId: string | null,
    productCategory: string,
    executionVariant: ExecutionVariant,
    priceCents: number,
    quantity: number,
    label: string,
  ) => ({
    ...base,
    id,
    areaId,
    level: '2' as const,
    productCategory,
    executionVariant,
    priceCents,
    quantity,
    amountCents: priceCents * quantity,
    label,
  });
  await tx.insert(budgetLine).values([
    {
      ...base,
      id: `budget-${year}-subsidy`,
      areaId: null,
      level: '0',
      amountCents: 65_000_000,
      label: 'Jongerenwerk en opvoedsteun (subsidie)',
    },
    ...AREAS.map((a) => ({
      ...base,
      id: `budget-${year}-pop-${a}`,
      areaId: a,
      level: '1' as const,
      amountCents: POPULATION[a],
      label: 'Sociaal team en wijkaanbod',
    })),
    // Ambulant help per area: € 95 an hour (the demo contract's tariff), hours per year.
    priced(
      `budget-${year}-45-nv`,
      'area-nieuw-vennep',
      '45',
      'inspanningsgericht',
      9_500,
      2_400,
      'Ambulante jeugdhulp',
    ),
    priced(
      `budget-${year}-45-ho`,
      'area-hoofddorp-oost',
      '45',
      'inspanningsgericht',
      9_500,
      2_000,
      'Ambulante jeugdhulp',
    ),
    priced(
      `budget-${year}-45-bd`,
      'area-badhoevedorp',
      '45',
      'inspanningsgericht',
      9_500,
      900,
      'Ambulante jeugdhulp',
    ),
    priced(
      `budget-${year}-43`,
      null,
      '43',
      'outputgericht',
      1_450_000,
      24,
      'Verblijf met behandeling (trajecten)',
    ),
    priced(
      `budget-${year}-35`,
      null,
      '35',
      'taakgericht',
      12_000_000,
      1,
      'Pleegzorg (taakgericht, jaarbedrag)',
    ),
    priced(
      `budget-${year}-48`,
      null,
      '48',
      'taakgericht',
      30_000_000,
      1,
      'Jeugdbescherming (taakgericht, jaarbedrag)',
    ),
  ]);
}
