import type { BudgetLevel, CbsDeliveryRecord, ExecutionVariant, Iv3TaskField } from '@een-plan/contracts';
import { bigint, index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import * as column from '../db/columns.ts';
import { tenantForeignKey, tenantTable } from '../db/tenant-table.ts';
import { area } from '../tenancy/schema.ts';

/**
 * A budget line the administrator sets for a year: level 0 subsidy, level 1 population budget,
 * level 2 price × quantity for one product category (with its iJw execution variant). areaId null:
 * the whole municipality. Amounts in euro cents; level 2 stores price and quantity, the amount is
 * their product (kept here so totals are one sum).
 */
export const budgetLine = tenantTable(
  'budget_line',
  {
    year: integer('year').notNull(),
    areaId: text('area_id'),
    /** '0' | '1' | '2' */
    level: text('level').$type<BudgetLevel>().notNull(),
    productCategory: text('product_category'),
    /** inspanningsgericht | outputgericht | taakgericht (level 2 only) */
    executionVariant: text('execution_variant').$type<ExecutionVariant>(),
    priceCents: bigint('price_cents', { mode: 'number' }),
    quantity: integer('quantity'),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    label: text('label').notNull().default(''),
    ...column.actor('updated'),
  },
  (t) => [
    tenantForeignKey(t, t.areaId, area),
    index('budget_line_year_idx').on(t.tenantId, t.year, t.areaId),
  ],
);

/** The tenant's own Iv3 task field for a product category (absent: the default mapping). */
export const iv3Mapping = pgTable(
  'iv3_mapping',
  {
    tenantId: column.tenantId(),
    productCategory: text('product_category').notNull(),
    taskField: text('task_field').$type<Iv3TaskField>().notNull(),
    ...column.actor('updated'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.productCategory] })],
);

/**
 * A CBS Beleidsinformatie Jeugd delivery that was created: counts only. The file itself is not kept
 * (it holds BSNs); creating it again gives the same content for the same data.
 */
export const cbsDelivery = tenantTable(
  'cbs_delivery',
  {
    /** '2026-1' | '2026-2' */
    halfYear: text('half_year').notNull(),
    /** regular | correction */
    kind: text('kind').$type<CbsDeliveryRecord['kind']>().notNull(),
    trajectories: integer('trajectories').notNull(),
    measures: integer('measures').notNull(),
    missingFields: integer('missing_fields').notNull(),
    ...column.actor('created'),
  },
  (t) => [index('cbs_delivery_created_idx').on(t.tenantId, t.createdAt)],
);
