import type { IntakeStatus, LifeDomainCode, SelfRelianceSource } from '@een-plan/contracts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { appUser } from '../auth/schema.ts';
import * as column from '../db/columns.ts';
import { tenantForeignKey, tenantTable } from '../db/tenant-table.ts';
import { household, person } from '../households/schema.ts';
import { refLifeDomain } from '../tenancy/schema.ts';

/**
 * The family's own preparation of the kitchen-table conversation, written in the portal.
 * One per household; all free text is encrypted at rest (`*_enc`, see crypto/data-encryption.ts).
 */
export const intakePreparation = pgTable(
  'intake_preparation',
  {
    tenantId: column.tenantId(),
    householdId: text('household_id').notNull(),
    goesWellEnc: text('goes_well_enc'),
    worriesEnc: text('worries_enc'),
    wishesEnc: text('wishes_enc'),
    version: column.version(),
    ...column.actor('updated'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.householdId] }),
    tenantForeignKey(t, t.householdId, household),
    tenantForeignKey(t, t.updatedBy, appUser),
  ],
);

/**
 * The kitchen-table conversation the coordinator records: one per household, edited together
 * (optimistic concurrency on `version`), with a short safety screening. A yes on any screening
 * question sets `safety_flag`, which the caseload and dossier show.
 */
export const intake = tenantTable(
  'intake',
  {
    householdId: text('household_id').notNull(),
    status: text('status').$type<IntakeStatus>().notNull().default('draft'),
    conductedOn: date('conducted_on'),
    safetyUnsafeAtHome: boolean('safety_unsafe_at_home'),
    safetyViolence: boolean('safety_violence'),
    safetyChildConcern: boolean('safety_child_concern'),
    safetyFlag: boolean('safety_flag').notNull().default(false),
    version: column.version(),
    ...column.actor('updated'),
  },
  (t) => [
    uniqueIndex('intake_household_idx').on(t.tenantId, t.householdId),
    tenantForeignKey(t, t.householdId, household),
    tenantForeignKey(t, t.updatedBy, appUser),
  ],
);

/** Per life domain: what goes well, worries, wishes (all encrypted at rest). */
export const intakeDomain = pgTable(
  'intake_domain',
  {
    tenantId: column.tenantId(),
    intakeId: text('intake_id').notNull(),
    domainCode: text('domain_code')
      .$type<LifeDomainCode>()
      .notNull()
      .references(() => refLifeDomain.code),
    goesWellEnc: text('goes_well_enc'),
    worriesEnc: text('worries_enc'),
    wishesEnc: text('wishes_enc'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.intakeId, t.domainCode] }),
    tenantForeignKey(t, t.intakeId, intake),
  ],
);

/**
 * Self-reliance (ZRM-style) 1 acute problems … 5 fully self-reliant, per member per domain, on a
 * date. Written by the intake (`source = 'intake'`) and by plan evaluations (`'evaluation'`); the
 * trend over time is read from here.
 */
export const selfRelianceScore = tenantTable(
  'self_reliance_score',
  {
    householdId: text('household_id').notNull(),
    personId: text('person_id').notNull(),
    domainCode: text('domain_code')
      .notNull()
      .references(() => refLifeDomain.code),
    score: smallint('score').notNull(),
    measuredOn: date('measured_on').notNull(),
    source: text('source').$type<SelfRelianceSource>().notNull(),
    sourceId: text('source_id').notNull(),
    ...column.actor('recorded'),
  },
  (t) => [
    tenantForeignKey(t, t.householdId, household),
    tenantForeignKey(t, t.personId, person),
    tenantForeignKey(t, t.recordedBy, appUser),
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
