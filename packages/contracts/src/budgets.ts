import { z } from 'zod';
import { ExecutionVariant } from './assignments.ts';

/** Level 0 subsidy, level 1 population budget per area, level 2 price × quantity per product category. */
export const BudgetLevel = z.enum(['0', '1', '2']);
export type BudgetLevel = z.infer<typeof BudgetLevel>;
export const FUNDING_FORM_OF_LEVEL = { '0': 'subsidy', '1': 'population', '2': 'price_quantity' } as const;

/** Iv3 task fields (taakvelden) of the social domain the municipal accounts use for care. */
export const Iv3TaskField = z.enum(['6.71', '6.72', '6.73', '6.74', '6.81', '6.82']);
export type Iv3TaskField = z.infer<typeof Iv3TaskField>;

const cents = z.number().int().min(0).max(1_000_000_000_000);
const category = z.string().regex(/^\d{2}$/);

/**
 * One budget line the administrator sets. Level 2 is price × quantity for one product category
 * (amount = priceCents × quantity); levels 0 and 1 carry an amount. areaId null: the whole municipality.
 */
export const BudgetLineInput = z.discriminatedUnion('level', [
  z.object({
    level: z.literal('0'),
    year: z.number().int().min(2015).max(2100),
    areaId: z.string().min(1).max(100).nullable(),
    amountCents: cents,
    label: z.string().trim().max(200).default(''),
  }),
  z.object({
    level: z.literal('1'),
    year: z.number().int().min(2015).max(2100),
    areaId: z.string().min(1).max(100).nullable(),
    amountCents: cents,
    label: z.string().trim().max(200).default(''),
  }),
  z.object({
    level: z.literal('2'),
    year: z.number().int().min(2015).max(2100),
    areaId: z.string().min(1).max(100).nullable(),
    productCategory: category,
    executionVariant: ExecutionVariant,
    priceCents: z.number().int().min(1).max(100_000_000),
    quantity: z.number().int().min(1).max(10_000_000),
    label: z.string().trim().max(200).default(''),
  }),
]);
export type BudgetLineInput = z.infer<typeof BudgetLineInput>;

export const BudgetLine = z.object({
  id: z.string(),
  year: z.number().int(),
  areaId: z.string().nullable(),
  level: BudgetLevel,
  fundingForm: z.enum(['subsidy', 'population', 'price_quantity']),
  productCategory: z.string().nullable(),
  executionVariant: ExecutionVariant.nullable(),
  priceCents: z.number().int().nullable(),
  quantity: z.number().int().nullable(),
  amountCents: z.number().int(),
  label: z.string(),
});
export type BudgetLine = z.infer<typeof BudgetLine>;

export const BudgetQuery = z.object({
  year: z.coerce.number().int().min(2015).max(2100).optional(),
  areaId: z.string().min(1).max(100).optional(),
});
export type BudgetQuery = z.infer<typeof BudgetQuery>;
/** The CSV download of the overview: the same filter, and the language (a download link cannot carry a header). */
export const BudgetExportQuery = BudgetQuery.extend({ lang: z.enum(['nl', 'en']).optional() });
export type BudgetExportQuery = z.infer<typeof BudgetExportQuery>;

const money = z.object({
  budgetCents: z.number().int(),
  committedCents: z.number().int(),
  spentCents: z.number().int(),
  forecastCents: z.number().int(),
});

/** Budget against committed, spent and the year-end forecast; figures only, never a person. */
export const BudgetOverview = z.object({
  year: z.number().int(),
  areaId: z.string().nullable(),
  /** Whole months of the year that have passed (the trend's base). */
  monthsElapsed: z.number().int(),
  areas: z.array(z.object({ id: z.string(), name: z.string() })),
  lines: z.array(BudgetLine),
  /** Per area (null: not assigned to an area), level and product category. */
  rows: z.array(
    money.extend({
      areaId: z.string().nullable(),
      level: BudgetLevel,
      productCategory: z.string().nullable(),
    }),
  ),
  byProvider: z.array(
    z.object({
      organisationId: z.string(),
      name: z.string(),
      committedCents: z.number().int(),
      spentCents: z.number().int(),
    }),
  ),
  byMonth: z.array(
    z.object({ month: z.number().int(), committedCents: z.number().int(), spentCents: z.number().int() }),
  ),
  byVariant: z.array(
    z.object({
      executionVariant: ExecutionVariant,
      committedCents: z.number().int(),
      spentCents: z.number().int(),
    }),
  ),
  taskFields: z.array(money.extend({ taskField: Iv3TaskField })),
  total: money,
});
export type BudgetOverview = z.infer<typeof BudgetOverview>;

export const Iv3Mapping = z.object({
  entries: z.array(z.object({ productCategory: category, taskField: Iv3TaskField, isDefault: z.boolean() })),
});
export type Iv3Mapping = z.infer<typeof Iv3Mapping>;
export const Iv3MappingInput = z.object({
  entries: z.array(z.object({ productCategory: category, taskField: Iv3TaskField })).max(100),
});
export type Iv3MappingInput = z.infer<typeof Iv3MappingInput>;

/** A half year of the CBS Beleidsinformatie Jeugd delivery: '2026-1' (Jan–Jun) or '2026-2'. */
export const HalfYear = z.string().regex(/^20\d\d-[12]$/);
export const CbsDeliveryInput = z.object({
  halfYear: HalfYear,
  /** regular: the half year itself; correction: the previous half year again, with what changed since. */
  kind: z.enum(['regular', 'correction']),
});
export type CbsDeliveryInput = z.infer<typeof CbsDeliveryInput>;

/** What is missing before the delivery is complete: counts per field, and the records by assignment number. */
export const CbsCheck = z.object({
  halfYear: HalfYear,
  kind: z.enum(['regular', 'correction']),
  trajectories: z.number().int(),
  measures: z.number().int(),
  complete: z.boolean(),
  missing: z.array(z.object({ field: z.string(), count: z.number().int(), references: z.array(z.string()) })),
  /** Fields left empty on purpose, with the reason (e.g. satisfaction: the answers are untraceable). */
  withheld: z.array(z.object({ field: z.string(), reason: z.enum(['untraceable_survey']) })),
});
export type CbsCheck = z.infer<typeof CbsCheck>;

export const CbsDeliveryRecord = z.object({
  id: z.string(),
  halfYear: HalfYear,
  kind: z.enum(['regular', 'correction']),
  trajectories: z.number().int(),
  measures: z.number().int(),
  missingFields: z.number().int(),
  createdAt: z.string(),
});
export type CbsDeliveryRecord = z.infer<typeof CbsDeliveryRecord>;
