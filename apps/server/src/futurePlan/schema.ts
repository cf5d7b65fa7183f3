import type { ContinuityDecisionKind, ExtendedCareType } from '@een-plan/contracts';
import { date, index, integer, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { appUser } from '../auth/schema.ts';
import * as column from '../db/columns.ts';
import { tenantForeignKey, tenantTable } from '../db/tenant-table.ts';
import { household, person } from '../households/schema.ts';

/**
 * One toekomstplan per youth (unique per person): started by the daily job at the tenant's start
 * age, so the job may run any number of times. The youth's chosen helper and the coordinator's
 * continuity decision live on the plan; `continuity_note_enc` is free text, encrypted at rest.
 */
export const futurePlan = tenantTable(
  'future_plan',
  {
    householdId: text('household_id').notNull(),
    personId: text('person_id').notNull(),
    startedOn: date('started_on').notNull(),
    /** network | jim_mentor | professional; null until the youth chooses. */
    helperKind: text('helper_kind'),
    /** A network member id (network, jim_mentor) or a user id (professional). */
    helperRef: text('helper_ref'),
    /** extended_youth_care | handover_adult_care | no_care_needed; null until decided. */
    continuityDecision: text('continuity_decision').$type<ContinuityDecisionKind>(),
    continuityCareType: text('continuity_care_type').$type<ExtendedCareType>(),
    continuityUntil: date('continuity_until'),
    /** Comma-separated adult-care laws (wmo, zvw, wlz) for a handover. */
    continuityHandoverTo: text('continuity_handover_to'),
    continuityNoteEnc: text('continuity_note_enc'),
    continuityDecidedBy: text('continuity_decided_by'),
    continuityDecidedAt: column.moment('continuity_decided_at'),
    version: column.version(),
    createdAt: column.writtenAt('created_at'),
  },
  (t) => [
    // The job's idempotence: a youth has one toekomstplan, however often the job runs.
    uniqueIndex('future_plan_person_idx').on(t.tenantId, t.personId),
    index('future_plan_household_idx').on(t.tenantId, t.householdId),
    tenantForeignKey(t, t.householdId, household),
    tenantForeignKey(t, t.personId, person),
    tenantForeignKey(t, t.continuityDecidedBy, appUser),
  ],
);

/** A topic's state, written when someone changes it (an unchanged topic is open, owned by the youth). */
export const futurePlanTopic = pgTable(
  'future_plan_topic',
  {
    tenantId: column.tenantId(),
    planId: text('plan_id').notNull(),
    topicKey: text('topic_key').notNull(),
    status: text('status').notNull(),
    owner: text('owner').notNull(),
    ...column.actor('updated'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.planId, t.topicKey] }),
    tenantForeignKey(t, t.planId, futurePlan),
  ],
);

/** Per tenant: the start age (months) and the topics the tenant added to the standard list. */
export const futurePlanSettings = pgTable('future_plan_settings', {
  tenantId: text('tenant_id').primaryKey(),
  startAgeMonths: integer('start_age_months').notNull(),
  updatedAt: column.writtenAt('updated_at'),
});

export const futurePlanCustomTopic = pgTable(
  'future_plan_custom_topic',
  {
    tenantId: column.tenantId(),
    key: text('key').notNull(),
    titleNl: text('title_nl').notNull(),
    titleEn: text('title_en').notNull(),
    explanationNl: text('explanation_nl').notNull(),
    explanationEn: text('explanation_en').notNull(),
    monthsBefore18: integer('months_before_18').notNull(),
    /** Where the administrator put it among the tenant's topics (0 first); plans show them in this order. */
    position: integer('position').notNull().default(0),
    createdAt: column.writtenAt('created_at'),
    updatedAt: column.writtenAt('updated_at'),
    /** Set when the administrator stops using the topic: new plans no longer get it (decision 0026). */
    deactivatedAt: column.moment('deactivated_at'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.key] })],
);

/**
 * Where the administrator put a standard (built-in) topic among the tenant's topics, in the same
 * numbering as `future_plan_custom_topic.position` (0 first). Only the key: the words stay in the
 * code (`FUTURE_PLAN_TOPICS`). No rows: the tenant never reordered, standard topics come first in
 * their built-in order (decision 0032).
 */
export const futurePlanStandardTopicPosition = pgTable(
  'future_plan_standard_topic_position',
  {
    tenantId: column.tenantId(),
    topicKey: text('topic_key').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.topicKey] })],
);
