import {
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { appUser } from '../auth/schema.ts';
import { household, person } from '../households/schema.ts';

/**
 * One toekomstplan per youth (unique per person): started by the daily job at the tenant's start
 * age, so the job may run any number of times. The youth's chosen helper and the coordinator's
 * continuity decision live on the plan; `continuity_note_enc` is free text, encrypted at rest.
 */
export const futurePlan = pgTable(
  'future_plan',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    householdId: text('household_id').notNull(),
    personId: text('person_id').notNull(),
    startedOn: date('started_on').notNull(),
    /** network | jim_mentor | professional; null until the youth chooses. */
    helperKind: text('helper_kind'),
    /** A network member id (network, jim_mentor) or a user id (professional). */
    helperRef: text('helper_ref'),
    /** extended_youth_care | handover_adult_care | no_care_needed; null until decided. */
    continuityDecision: text('continuity_decision'),
    continuityCareType: text('continuity_care_type'),
    continuityUntil: date('continuity_until'),
    /** Comma-separated adult-care laws (wmo, zvw, wlz) for a handover. */
    continuityHandoverTo: text('continuity_handover_to'),
    continuityNoteEnc: text('continuity_note_enc'),
    continuityDecidedBy: text('continuity_decided_by'),
    continuityDecidedAt: timestamp('continuity_decided_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    // The job's idempotence: a youth has one toekomstplan, however often the job runs.
    uniqueIndex('future_plan_person_idx').on(t.tenantId, t.personId),
    index('future_plan_household_idx').on(t.tenantId, t.householdId),
    foreignKey({ columns: [t.tenantId, t.householdId], foreignColumns: [household.tenantId, household.id] }),
    foreignKey({ columns: [t.tenantId, t.personId], foreignColumns: [person.tenantId, person.id] }),
    foreignKey({
      columns: [t.tenantId, t.continuityDecidedBy],
      foreignColumns: [appUser.tenantId, appUser.id],
    }),
  ],
);

/** A topic's state, written when someone changes it (an unchanged topic is open, owned by the youth). */
export const futurePlanTopic = pgTable(
  'future_plan_topic',
  {
    tenantId: text('tenant_id').notNull(),
    planId: text('plan_id').notNull(),
    topicKey: text('topic_key').notNull(),
    status: text('status').notNull(),
    owner: text('owner').notNull(),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.planId, t.topicKey] }),
    foreignKey({ columns: [t.tenantId, t.planId], foreignColumns: [futurePlan.tenantId, futurePlan.id] }),
  ],
);

/** Per tenant: the start age (months) and the topics the tenant added to the standard list. */
export const futurePlanSettings = pgTable('future_plan_settings', {
  tenantId: text('tenant_id').primaryKey(),
  startAgeMonths: integer('start_age_months').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const futurePlanCustomTopic = pgTable(
  'future_plan_custom_topic',
  {
    tenantId: text('tenant_id').notNull(),
    key: text('key').notNull(),
    titleNl: text('title_nl').notNull(),
    titleEn: text('title_en').notNull(),
    explanationNl: text('explanation_nl').notNull(),
    explanationEn: text('explanation_en').notNull(),
    monthsBefore18: integer('months_before_18').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set when the administrator stops using the topic: new plans no longer get it (decision 0026). */
    deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.key] })],
);
