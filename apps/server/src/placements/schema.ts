import type { PlacementMeasure, PlaceType, ReservationStatus } from '@een-plan/contracts';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  smallint,
  text,
} from 'drizzle-orm/pg-core';
import * as column from '../db/columns.ts';
import { tenantForeignKey, tenantTable } from '../db/tenant-table.ts';
import { organisation } from '../tenancy/schema.ts';
import { HIT_BODY, HIT_HEAD } from './hit-json.ts';

/** A place's free places: neither reserved nor occupied. */
export const freePlaces = (t: {
  placesTotal: AnyPgColumn;
  placesReserved: AnyPgColumn;
  placesOccupied: AnyPgColumn;
}) => sql<number>`${t.placesTotal} - ${t.placesReserved} - ${t.placesOccupied}`;

/**
 * A place a provider publishes (Plekvrij): a foster family, a family home, a group or a bed.
 * Only the 4-digit postcode and its centre are kept: the catalogue never holds a foster family's
 * address. The counters change under the row's lock, and the check keeps them honest even if code
 * does not (two reservations can never take the last place).
 */
export const placementPlace = tenantTable(
  'placement_place',
  {
    organisationId: text('organisation_id').notNull(),
    placeType: text('place_type').$type<PlaceType>().notNull(),
    /** "Zo thuis mogelijk" rank of the type (1 = network foster care): the search sorts on it. */
    typeRank: smallint('type_rank').notNull(),
    /** The JZ020 category the provider is contracted for with this type. */
    productCategory: text('product_category').notNull(),
    minAge: smallint('min_age').notNull(),
    maxAge: smallint('max_age').notNull(),
    postcode: text('postcode').notNull(),
    region: text('region').notNull(),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    availableFrom: date('available_from').notNull(),
    availableUntil: date('available_until'),
    placesTotal: integer('places_total').notNull(),
    placesReserved: integer('places_reserved').notNull().default(0),
    placesOccupied: integer('places_occupied').notNull().default(0),
    notes: text('notes').notNull().default(''),
    ...column.actor('created'),
    /** When the provider last said "this is still right" (publishing, editing or confirming). */
    confirmedAt: column.writtenAt('confirmed_at'),
    withdrawnAt: column.moment('withdrawn_at'),
    version: column.version(),
    /** The place's own fields of a search hit as JSON text, written with the row (hit-json.ts). */
    hitHead: text('hit_head').generatedAlwaysAs(HIT_HEAD),
    hitBody: text('hit_body').generatedAlwaysAs(HIT_BODY),
  },
  (t) => [
    tenantForeignKey(t, t.organisationId, organisation),
    check(
      'placement_place_counts',
      sql`${t.placesReserved} >= 0 and ${t.placesOccupied} >= 0 and ${t.placesReserved} + ${t.placesOccupied} <= ${t.placesTotal}`,
    ),
    // The search (search.ts): for each (type rank, postcode) pair near the family, in order, the
    // open places with a free place of that pair by id; the age and date filters then read a few
    // rows each. A full place is not in it (a third of them in the bench): the search's condition
    // is `freePlaces(…) > 0` with a literal 0, so the planner sees that it implies this predicate.
    index('placement_place_search_idx')
      .on(t.tenantId, t.typeRank, t.postcode, t.id)
      .where(sql`${t.withdrawnAt} is null and ${freePlaces(t)} > 0`),
    index('placement_place_org_idx').on(t.tenantId, t.organisationId),
  ],
);

/** A coordinator's hold on one place for one youth, until the provider answers or it expires. */
export const placementReservation = tenantTable(
  'placement_reservation',
  {
    placeId: text('place_id').notNull(),
    householdId: text('household_id').notNull(),
    personId: text('person_id').notNull(),
    planActionId: text('plan_action_id').notNull(),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    measure: text('measure').$type<PlacementMeasure>(),
    measureReference: text('measure_reference'),
    status: text('status').$type<ReservationStatus>().notNull(),
    reservedBy: text('reserved_by').notNull(),
    reservedAt: column.moment('reserved_at').notNull(),
    expiresAt: column.moment('expires_at').notNull(),
    answeredBy: text('answered_by'),
    answeredAt: column.moment('answered_at'),
    declineReason: text('decline_reason'),
    /** The assignment (JW301) the confirmation created. */
    assignmentId: text('assignment_id'),
  },
  (t) => [
    tenantForeignKey(t, t.placeId, placementPlace),
    index('placement_reservation_place_idx').on(t.tenantId, t.placeId, t.status),
    index('placement_reservation_expiry_idx').on(t.status, t.expiresAt),
    index('placement_reservation_household_idx').on(t.tenantId, t.householdId),
  ],
);

/** Per-tenant Plekvrij settings (absent row = defaults). */
export const placementSetting = pgTable('placement_setting', {
  tenantId: text('tenant_id').primaryKey(),
  reservationHours: integer('reservation_hours').notNull(),
});

/**
 * Per tenant, a number that changes in the same transaction as every change to its places (or to
 * an organisation's name): the search's cache compares it before answering from memory (decision
 * 0041). Only a trigger writes it (migration 0049), at commit, so no writer can forget it.
 */
export const placementSearchVersion = pgTable('placement_search_version', {
  tenantId: text('tenant_id').primaryKey(),
  version: bigint('version', { mode: 'bigint' }).notNull(),
});
