import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { appUser } from '../auth/schema.ts';
import { household, person } from '../households/schema.ts';
import { refLifeDomain } from '../tenancy/schema.ts';

/**
 * The family's own preparation of the kitchen-table conversation, written in the portal.
 * One per household; all free text is encrypted at rest (`*_enc`, see crypto/data-encryption.ts).
 */
export const intakePreparation = pgTable(
  'intake_preparation',
  {
    tenantId: text('tenant_id').notNull(),
    householdId: text('household_id').notNull(),
    goesWellEnc: text('goes_well_enc'),
    worriesEnc: text('worries_enc'),
    wishesEnc: text('wishes_enc'),
    version: integer('version').notNull().default(1),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.householdId] }),
    foreignKey({ columns: [t.tenantId, t.householdId], foreignColumns: [household.tenantId, household.id] }),
    foreignKey({ columns: [t.tenantId, t.updatedBy], foreignColumns: [appUser.tenantId, appUser.id] }),
  ],
);

/**
 * The kitchen-table conversation the coordinator records: one per household, edited together
 * (optimistic concurrency on `version`), with a short safety screening. A yes on any screening
 * question sets `safety_flag`, which the caseload and dossier show.
 */
export const intake = pgTable(
  'intake',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    householdId: text('household_id').notNull(),
    status: text('status').notNull().default('draft'),
    conductedOn: date('conducted_on'),
    safetyUnsafeAtHome: boolean('safety_unsafe_at_home'),
    safetyViolence: boolean('safety_violence'),
    safetyChildConcern: boolean('safety_child_concern'),
    safetyFlag: boolean('safety_flag').notNull().default(false),
    version: integer('version').notNull().default(1),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('intake_household_idx').on(t.tenantId, t.householdId),
    foreignKey({ columns: [t.tenantId, t.householdId], foreignColumns: [household.tenantId, household.id] }),
    foreignKey({ columns: [t.tenantId, t.updatedBy], foreignColumns: [appUser.tenantId, appUser.id] }),
  ],
);

/** Per life domain: what goes well, worries, wishes (all encrypted at rest). */
export const intakeDomain = pgTable(
  'intake_domain',
  {
    tenantId: text('tenant_id').notNull(),
    intakeId: text('intake_id').notNull(),
    domainCode: text('domain_code')
      .notNull()
      .references(() => refLifeDomain.code),
    goesWellEnc: text('goes_well_enc'),
    worriesEnc: text('worries_enc'),
    wishesEnc: text('wishes_enc'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.intakeId, t.domainCode] }),
    foreignKey({ columns: [t.tenantId, t.intakeId], foreignColumns: [intake.tenantId, intake.id] }),
  ],
);

/**
 * Self-reliance (ZRM-style) 1 acute problems … 5 fully self-reliant, per member per domain, on a
 * date. Written by the intake (`source = 'intake'`) and by plan evaluations (`'evaluation'`); the
 * trend over time is read from here.
 */
export const selfRelianceScore = pgTable(
  'self_reliance_score',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    householdId: text('household_id').notNull(),
    personId: text('person_id').notNull(),
    domainCode: text('domain_code')
      .notNull()
      .references(() => refLifeDomain.code),
    score: smallint('score').notNull(),
    measuredOn: date('measured_on').notNull(),
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.householdId], foreignColumns: [household.tenantId, household.id] }),
    foreignKey({ columns: [t.tenantId, t.personId], foreignColumns: [person.tenantId, person.id] }),
    foreignKey({ columns: [t.tenantId, t.recordedBy], foreignColumns: [appUser.tenantId, appUser.id] }),
    uniqueIndex('self_reliance_score_measurement_idx').on(
      t.tenantId,
      t.source,
      t.sourceId,
      t.personId,
      t.domainCode,
    ),
    index('self_reliance_score_household_idx').on(t.tenantId, t.householdId, t.measuredOn),
    check('self_reliance_score_range', sql`${t.score} between 1 and 5`),
  ],
);
