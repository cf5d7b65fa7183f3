import {
  bigint,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { area } from '../tenancy/schema.ts';

/**
 * A budget line the administrator sets for a year: level 0 subsidy, level 1 population budget,
 * level 2 price × quantity for one product category (with its iJw execution variant). areaId null:
 * the whole municipality. Amounts in euro cents; level 2 stores price and quantity, the amount is
 * their product (kept here so totals are one sum).
 */
export const budgetLine = pgTable(
  'budget_line',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    year: integer('year').notNull(),
    areaId: text('area_id'),
    /** '0' | '1' | '2' */
    level: text('level').notNull(),
    productCategory: text('product_category'),
    /** inspanningsgericht | outputgericht | taakgericht (level 2 only) */
    executionVariant: text('execution_variant'),
    priceCents: bigint('price_cents', { mode: 'number' }),
    quantity: integer('quantity'),
    amountCents: bigint('amount_cents', { mode: 'number' }).notNull(),
    label: text('label').notNull().default(''),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.areaId], foreignColumns: [area.tenantId, area.id] }),
    index('budget_line_year_idx').on(t.tenantId, t.year, t.areaId),
  ],
);

/** The tenant's own Iv3 task field for a product category (absent: the default mapping). */
export const iv3Mapping = pgTable(
  'iv3_mapping',
  {
    tenantId: text('tenant_id').notNull(),
    productCategory: text('product_category').notNull(),
    taskField: text('task_field').notNull(),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.productCategory] })],
);

/**
 * A CBS Beleidsinformatie Jeugd delivery that was created: counts only. The file itself is not kept
 * (it holds BSNs); creating it again gives the same content for the same data.
 */
export const cbsDelivery = pgTable(
  'cbs_delivery',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    /** '2026-1' | '2026-2' */
    halfYear: text('half_year').notNull(),
    /** regular | correction */
    kind: text('kind').notNull(),
    trajectories: integer('trajectories').notNull(),
    measures: integer('measures').notNull(),
    missingFields: integer('missing_fields').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('cbs_delivery_created_idx').on(t.tenantId, t.createdAt),
  ],
);
