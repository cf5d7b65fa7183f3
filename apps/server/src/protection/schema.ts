import { date, foreignKey, index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { appUser } from '../auth/schema.ts';
import { household, person } from '../households/schema.ts';
import { organisation } from '../tenancy/schema.ts';

/**
 * A child-protection measure a court imposed and a certified institution (GI) carries out:
 * OTS, provisional OTS, machtiging uithuisplaatsing or voogdij, for one child in a household.
 * The end date moves only by a recorded extension (`protection_measure_extension`).
 */
export const protectionMeasure = pgTable(
  'protection_measure',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    householdId: text('household_id').notNull(),
    personId: text('person_id').notNull(),
    /** ots | provisional_ots | out_of_home_placement | guardianship */
    kind: text('kind').notNull(),
    /** The GI that carries it out. */
    organisationId: text('organisation_id').notNull(),
    /** The GI's jeugdbeschermer: gets the reminder tasks. */
    caseworkerId: text('caseworker_id').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    /** The court's ruling (zaaknummer). */
    courtReference: text('court_reference').notNull(),
    /** Machtiging uithuisplaatsing: the day the child was actually placed (unused → it lapses). */
    placementStartedOn: date('placement_started_on'),
    endedOn: date('ended_on'),
    endReason: text('end_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.householdId], foreignColumns: [household.tenantId, household.id] }),
    foreignKey({ columns: [t.tenantId, t.personId], foreignColumns: [person.tenantId, person.id] }),
    foreignKey({
      columns: [t.tenantId, t.organisationId],
      foreignColumns: [organisation.tenantId, organisation.id],
    }),
    foreignKey({ columns: [t.tenantId, t.caseworkerId], foreignColumns: [appUser.tenantId, appUser.id] }),
    index('protection_measure_household_idx').on(t.tenantId, t.householdId),
    index('protection_measure_org_idx').on(t.tenantId, t.organisationId, t.endDate),
  ],
);

/** Each extension the court granted: the end date before and after, append-only. */
export const protectionMeasureExtension = pgTable(
  'protection_measure_extension',
  {
    tenantId: text('tenant_id').notNull(),
    measureId: text('measure_id').notNull(),
    previousEndDate: date('previous_end_date').notNull(),
    newEndDate: date('new_end_date').notNull(),
    courtReference: text('court_reference').notNull(),
    recordedBy: text('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.measureId, t.newEndDate] }),
    foreignKey({
      columns: [t.tenantId, t.measureId],
      foreignColumns: [protectionMeasure.tenantId, protectionMeasure.id],
    }),
  ],
);
