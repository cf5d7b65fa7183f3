import { z } from 'zod';

/** The measures the outcome dashboards publish (issue 17). */
export const OutcomeMeasure = z.enum([
  'signals',
  'first_contact',
  'first_contact_within_norm',
  'plan_agreed',
  'plans_closed',
  'goals',
  'self_reliance',
  'self_reliance_improved',
  'assignments_category',
  'assignments_provider',
  'assignments_stopped',
  'satisfaction_help',
  'satisfaction_result',
  /** Outcome criterion 3.2: per closed plan, 6 and 12 months later — dimension returned | no_return. */
  'recurrence_6',
  'recurrence_12',
  /** Crisis episodes by how they came in (phone | professional). */
  'crisis_episodes',
]);
export type OutcomeMeasure = z.infer<typeof OutcomeMeasure>;

export const OutcomePeriodKind = z.enum(['month', 'quarter', 'year']);
export type OutcomePeriodKind = z.infer<typeof OutcomePeriodKind>;

export const OutcomeQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  period: OutcomePeriodKind.default('month'),
  /** One area; without it the whole municipality. */
  areaId: z.string().min(1).max(100).optional(),
  format: z.enum(['json', 'csv']).default('json'),
  /** The language of the CSV (a download link cannot carry a header). */
  lang: z.enum(['nl', 'en']).optional(),
});
export type OutcomeQuery = z.infer<typeof OutcomeQuery>;

/**
 * One published figure: a count (null when hidden to protect people) and, for measures with a
 * value (working days, score, change), its average. Never a name, id of a person or household.
 */
export const OutcomeFigure = z.object({
  measure: OutcomeMeasure,
  /** Breakdown value: source role, product category, provider, reason, result — or 'all'. */
  dimension: z.string(),
  /** Display label of the breakdown value when it is an organisation. */
  dimensionLabel: z.string().nullable(),
  level: z.enum(['0', '1', '2', 'none', 'all']),
  /** 'y', 'q1'..'q4' or 'm01'..'m12'. */
  period: z.string(),
  n: z.number().int().nullable(),
  average: z.number().nullable(),
});
export type OutcomeFigure = z.infer<typeof OutcomeFigure>;

export const OutcomeAreaFigure = z.object({
  areaId: z.string(),
  measure: OutcomeMeasure,
  n: z.number().int().nullable(),
  average: z.number().nullable(),
});
export type OutcomeAreaFigure = z.infer<typeof OutcomeAreaFigure>;

export const OutcomeDashboard = z.object({
  year: z.number().int(),
  years: z.array(z.number().int()),
  period: OutcomePeriodKind,
  areaId: z.string().nullable(),
  computedAt: z.string().nullable(),
  minimumCell: z.number().int(),
  roundedTo5: z.boolean(),
  firstContactNormDays: z.number().int(),
  areas: z.array(z.object({ id: z.string(), name: z.string() })),
  figures: z.array(OutcomeFigure),
  /** The year's totals per area (all levels, no breakdown), for the comparison table. */
  byArea: z.array(OutcomeAreaFigure),
});
export type OutcomeDashboard = z.infer<typeof OutcomeDashboard>;

/** The satisfaction question set in the portal, in plain language (B1). */
export const SatisfactionStatus = z.object({ open: z.boolean() });
export type SatisfactionStatus = z.infer<typeof SatisfactionStatus>;

export const SatisfactionAnswerInput = z.object({
  helpScore: z.number().int().min(1).max(10),
  resultScore: z.number().int().min(1).max(10),
  comment: z.string().trim().max(1000).optional(),
});
export type SatisfactionAnswerInput = z.infer<typeof SatisfactionAnswerInput>;
