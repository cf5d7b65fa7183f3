import type { MeasureEndReason, MeasureKind } from '@een-plan/contracts';
import { date, index, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { appUser } from '../auth/schema.ts';
import * as column from '../db/columns.ts';
import { tenantForeignKey, tenantTable } from '../db/tenant-table.ts';
import { household, person } from '../households/schema.ts';
import { organisation } from '../tenancy/schema.ts';

/**
 * A child-protection measure a court imposed and a certified institution (GI) carries out:
 * OTS, provisional OTS, machtiging uithuisplaatsing or voogdij, for one child in a household.
 * The end date moves only by a recorded extension (`protection_measure_extension`).
 */
export const protectionMeasure = tenantTable(
  'protection_measure',
  {
    householdId: text('household_id').notNull(),
    personId: text('person_id').notNull(),
    /** ots | provisional_ots | out_of_home_placement | guardianship */
    kind: text('kind').$type<MeasureKind>().notNull(),
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
    endReason: text('end_reason').$type<MeasureEndReason>(),
    createdAt: column.writtenAt('created_at'),
  },
  (t) => [
    tenantForeignKey(t, t.householdId, household),
    tenantForeignKey(t, t.personId, person),
    tenantForeignKey(t, t.organisationId, organisation),
    tenantForeignKey(t, t.caseworkerId, appUser),
    index('protection_measure_household_idx').on(t.tenantId, t.householdId),
    index('protection_measure_org_idx').on(t.tenantId, t.organisationId, t.endDate),
  ],
);

/** Each extension the court granted: the end date before and after, append-only. */
export const protectionMeasureExtension = pgTable(
  'protection_measure_extension',
  {
    tenantId: column.tenantId(),
    measureId: text('measure_id').notNull(),
    previousEndDate: date('previous_end_date').notNull(),
    newEndDate: date('new_end_date').notNull(),
    courtReference: text('court_reference').notNull(),
    ...column.actor('recorded'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.measureId, t.newEndDate] }),
    tenantForeignKey(t, t.measureId, protectionMeasure),
  ],
);
