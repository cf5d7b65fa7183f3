import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { appUser } from '../auth/schema.ts';
import { household } from '../households/schema.ts';
import { area, team, tenant } from '../tenancy/schema.ts';

/**
 * A signal (aanmelding) from a finding place or a resident. The reporter only ever sees `status`;
 * the team sees everything. `worryText` is free text about a person.
 */
export const referral = pgTable(
  'referral',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    reporterUserId: text('reporter_user_id').notNull(),
    reporterRole: text('reporter_role').notNull(),
    reporterOrganisationId: text('reporter_organisation_id'),
    reporterContact: text('reporter_contact').notNull(),
    subjectFirstName: text('subject_first_name').notNull(),
    subjectLastName: text('subject_last_name').notNull(),
    subjectBirthDate: date('subject_birth_date').notNull(),
    subjectBsn: text('subject_bsn'),
    street: text('street').notNull(),
    houseNumber: text('house_number').notNull(),
    postcode: text('postcode').notNull(),
    city: text('city').notNull(),
    lifeDomains: jsonb('life_domains').$type<string[]>().notNull(),
    worryText: text('worry_text').notNull(),
    urgency: text('urgency').notNull(),
    possibleUnsafety: boolean('possible_unsafety').notNull().default(false),
    familyKnows: boolean('family_knows').notNull(),
    familyAgrees: boolean('family_agrees').notNull(),
    familyContact: text('family_contact').notNull(),
    teamId: text('team_id').notNull(),
    areaId: text('area_id'),
    outsideTenant: boolean('outside_tenant').notNull().default(false),
    status: text('status').notNull().default('received'),
    level: integer('level'),
    coordinatorId: text('coordinator_id'),
    householdId: text('household_id'),
    householdMatch: text('household_match'),
    followUpDate: date('follow_up_date'),
    referredOfferId: text('referred_offer_id'),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    triagedAt: timestamp('triaged_at', { withTimezone: true }),
    triagedBy: text('triaged_by'),
    firstContactAt: timestamp('first_contact_at', { withTimezone: true }),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.teamId], foreignColumns: [team.tenantId, team.id] }),
    foreignKey({ columns: [t.tenantId, t.areaId], foreignColumns: [area.tenantId, area.id] }),
    foreignKey({
      columns: [t.tenantId, t.reporterUserId],
      foreignColumns: [appUser.tenantId, appUser.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.coordinatorId],
      foreignColumns: [appUser.tenantId, appUser.id],
    }),
    foreignKey({
      columns: [t.tenantId, t.householdId],
      foreignColumns: [household.tenantId, household.id],
    }),
    index('referral_queue_idx').on(t.tenantId, t.teamId, t.status, t.receivedAt),
    index('referral_reporter_idx').on(t.tenantId, t.reporterUserId, t.receivedAt),
    index('referral_open_first_contact_idx')
      .on(t.tenantId, t.receivedAt)
      .where(sql`first_contact_at is null and status in ('received', 'picked_up', 'coordinator_assigned')`),
  ],
);

/** Per tenant: where signals from outside the tenant go, and the waiting-time norms. */
export const referralSettings = pgTable(
  'referral_settings',
  {
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenant.tenantId),
    fallbackTeamId: text('fallback_team_id').notNull(),
    firstContactNormDays: integer('first_contact_norm_days').notNull().default(5),
    urgentFirstContactNormDays: integer('urgent_first_contact_norm_days').notNull().default(1),
    reminderLeadDays: integer('reminder_lead_days').notNull().default(1),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId] }),
    foreignKey({ columns: [t.tenantId, t.fallbackTeamId], foreignColumns: [team.tenantId, team.id] }),
  ],
);

/** A reminder to the team that a signal's first-contact norm is about to be exceeded. */
export const referralReminder = pgTable(
  'referral_reminder',
  {
    tenantId: text('tenant_id').notNull(),
    referralId: text('referral_id').notNull(),
    kind: text('kind').notNull(),
    teamId: text('team_id').notNull(),
    dueDate: date('due_date').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.referralId, t.kind] }),
    foreignKey({
      columns: [t.tenantId, t.referralId],
      foreignColumns: [referral.tenantId, referral.id],
    }),
    foreignKey({ columns: [t.tenantId, t.teamId], foreignColumns: [team.tenantId, team.id] }),
    index('referral_reminder_team_idx').on(t.tenantId, t.teamId, t.createdAt),
  ],
);
