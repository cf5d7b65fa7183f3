import { sql } from 'drizzle-orm';
import { date, index, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { appUser } from '../auth/schema.ts';
import * as column from '../db/columns.ts';
import { tenantForeignKey, tenantTable } from '../db/tenant-table.ts';
import { area } from '../tenancy/schema.ts';

export const person = tenantTable(
  'person',
  {
    bsn: text('bsn'),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    birthDate: date('birth_date').notNull(),
    /** Recorded sex (iJw COD046 / CBS): 'male', 'female'; null when not recorded (unknown). */
    sex: text('sex'),
    phone: text('phone'),
    email: text('email'),
  },
  (t) => [index('person_bsn_idx').on(t.tenantId, t.bsn)],
);

export const household = tenantTable(
  'household',
  {
    name: text('name').notNull(),
    postcode: text('postcode').notNull(),
    houseNumber: text('house_number').notNull(),
    street: text('street').notNull(),
    city: text('city').notNull(),
    areaId: text('area_id'),
    coordinatorId: text('coordinator_id'),
    status: text('status').notNull().default('active'),
    /** The day the household's support ended (its plan was closed); null while it is open. */
    closedOn: date('closed_on'),
    version: column.version(),
    createdAt: column.writtenAt('created_at'),
  },
  (t) => [
    tenantForeignKey(t, t.areaId, area),
    tenantForeignKey(t, t.coordinatorId, appUser),
    // A coordinator's caseload in its order and keyset (decision 0031): name, then id.
    index('household_coordinator_idx').on(t.tenantId, t.coordinatorId, t.name, t.id),
    index('household_area_name_idx').on(t.tenantId, t.areaId, t.name),
  ],
);

/**
 * One row per current membership, kept by triggers (drizzle/0053, decision 0049) from `person`,
 * `household` and `household_member`: the search walks a name index that carries the household's
 * area and coordinator, so a person outside the searcher's scope is passed over in the index
 * instead of after two lookups. Never written by the application.
 */
export const householdMemberSearch = pgTable(
  'household_member_search',
  {
    tenantId: column.tenantId(),
    personId: text('person_id').notNull(),
    householdId: text('household_id').notNull(),
    areaId: text('area_id'),
    coordinatorId: text('coordinator_id'),
    /** lower(person.last_name) and lower(person.first_name): the keys a name prefix is sought by. */
    lastNameKey: text('last_name_key').notNull(),
    firstNameKey: text('first_name_key').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.personId] }),
    // A household's new area or coordinator rewrites its members' rows.
    index('household_member_search_household_idx').on(t.tenantId, t.householdId),
    // The two name indexes (text_pattern_ops, INCLUDE) are written in drizzle/0053 itself.
  ],
);

export const householdMember = pgTable(
  'household_member',
  {
    tenantId: column.tenantId(),
    householdId: text('household_id').notNull(),
    personId: text('person_id').notNull(),
    memberRole: text('member_role').notNull(),
    since: date('since').notNull(),
    /** Membership history: a member who leaves or moves gets `until`; the row is never deleted. */
    until: date('until'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.householdId, t.personId, t.since] }),
    // A person lives in one household at a time: moving ends one membership and starts another.
    uniqueIndex('household_member_one_current_idx').on(t.tenantId, t.personId).where(sql`until is null`),
    tenantForeignKey(t, t.householdId, household),
    tenantForeignKey(t, t.personId, person),
    index('household_member_person_idx').on(t.tenantId, t.personId),
  ],
);
