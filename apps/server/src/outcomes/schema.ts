import { boolean, index, integer, pgTable, primaryKey, real, smallint, text } from 'drizzle-orm/pg-core';
import * as column from '../db/columns.ts';
import { tenantTable } from '../db/tenant-table.ts';

/**
 * Published outcome figures: pre-aggregated by the nightly job and already protected (small cells
 * hidden), so a dashboard query reads a bounded, indexed slice and never a person.
 * geo: 'all' | 't:<teamId>' | 'a:<areaId>'; period: 'y' | 'q1'..'q4' | 'm01'..'m12' of `year`;
 * level: '0' | '1' | '2' | 'none' | 'all'; dimension: a measure's breakdown value or 'all'.
 * n is null when hidden; average (of the measure's value, e.g. working days) only when n is shown.
 */
export const outcomeFigure = pgTable(
  'outcome_figure',
  {
    tenantId: column.tenantId(),
    year: integer('year').notNull(),
    measure: text('measure').notNull(),
    dimension: text('dimension').notNull(),
    level: text('level').notNull(),
    geo: text('geo').notNull(),
    period: text('period').notNull(),
    n: integer('n'),
    average: real('average'),
    computedAt: column.moment('computed_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.year, t.measure, t.dimension, t.level, t.geo, t.period] }),
    index('outcome_figure_view_idx').on(t.tenantId, t.year, t.geo, t.measure),
  ],
);

/** The tenant's protection: the smallest count shown and whether counts are rounded to 5. */
export const outcomeSetting = pgTable('outcome_setting', {
  tenantId: text('tenant_id').primaryKey(),
  minimumCell: integer('minimum_cell').notNull().default(5),
  roundTo5: boolean('round_to_5').notNull().default(false),
});

/**
 * A family's satisfaction answer. Deliberately without household, person or timestamp: only the
 * area and the month the plan closed, so an answer cannot be traced back to a family.
 */
export const satisfactionAnswer = tenantTable(
  'satisfaction_answer',
  {
    areaId: text('area_id'),
    /** YYYY-MM of the plan's closure. */
    period: text('period').notNull(),
    helpScore: smallint('help_score').notNull(),
    resultScore: smallint('result_score').notNull(),
    comment: text('comment'),
  },
  (t) => [index('satisfaction_answer_period_idx').on(t.tenantId, t.period)],
);

/**
 * Outcome criterion 3.2: whether a household needed help again (a new signal, plan or assignment)
 * within 6 or 12 months after a plan closed. Like the satisfaction answer it carries no household:
 * only the area, the plan's level and the month of closure; the follow-up id keeps the check once.
 */
export const recurrenceOutcome = pgTable(
  'recurrence_outcome',
  {
    tenantId: column.tenantId(),
    followUpId: text('follow_up_id').notNull(),
    areaId: text('area_id'),
    level: smallint('level'),
    /** YYYY-MM of the plan's closure (Amsterdam). */
    closedMonth: text('closed_month').notNull(),
    /** 6 | 12 */
    offsetMonths: smallint('offset_months').notNull(),
    returned: boolean('returned').notNull(),
    checkedAt: column.moment('checked_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.followUpId] }),
    index('recurrence_outcome_month_idx').on(t.tenantId, t.closedMonth),
  ],
);
