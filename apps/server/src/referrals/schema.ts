import type { ReferralHouseholdMatch, ReferralStatus, ReferralUrgency } from '@een-plan/contracts';
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { appUser } from '../auth/schema.ts';
import * as column from '../db/columns.ts';
import { tenantForeignKey, tenantTable } from '../db/tenant-table.ts';
import { household } from '../households/schema.ts';
import { area, team, tenant } from '../tenancy/schema.ts';

/**
 * A signal (aanmelding) from a finding place or a resident. The reporter only ever sees `status`;
 * the team sees everything. `worryText` is free text about a person.
 */
export const referral = tenantTable(
  'referral',
  {
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
    urgency: text('urgency').$type<ReferralUrgency>().notNull(),
    possibleUnsafety: boolean('possible_unsafety').notNull().default(false),
    familyKnows: boolean('family_knows').notNull(),
    familyAgrees: boolean('family_agrees').notNull(),
    familyContact: text('family_contact').notNull(),
    teamId: text('team_id').notNull(),
    areaId: text('area_id'),
    outsideTenant: boolean('outside_tenant').notNull().default(false),
    status: text('status').$type<ReferralStatus>().notNull().default('received'),
    level: integer('level'),
    coordinatorId: text('coordinator_id'),
    householdId: text('household_id'),
    householdMatch: text('household_match').$type<ReferralHouseholdMatch>(),
    followUpDate: date('follow_up_date'),
    referredOfferId: text('referred_offer_id'),
    receivedAt: column.writtenAt('received_at'),
    triagedAt: column.moment('triaged_at'),
    triagedBy: text('triaged_by'),
    firstContactAt: column.moment('first_contact_at'),
    reminderSentAt: column.moment('reminder_sent_at'),
    version: column.version(),
  },
  (t) => [
    tenantForeignKey(t, t.teamId, team),
    tenantForeignKey(t, t.areaId, area),
    tenantForeignKey(t, t.reporterUserId, appUser),
    tenantForeignKey(t, t.coordinatorId, appUser),
    tenantForeignKey(t, t.householdId, household),
    index('referral_queue_idx').on(t.tenantId, t.teamId, t.status, t.receivedAt),
    // The triage queue's order and keyset (decision 0031): urgent first, then oldest, then id.
    index('referral_queue_order_idx').on(
      t.tenantId,
      t.teamId,
      sql`(case when urgency = 'urgent' then 0 else 1 end)`,
      t.receivedAt,
      t.id,
    ),
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
    version: column.version(),
  },
  (t) => [primaryKey({ columns: [t.tenantId] }), tenantForeignKey(t, t.fallbackTeamId, team)],
);

/** A reminder to the team that a signal's first-contact norm is about to be exceeded. */
export const referralReminder = pgTable(
  'referral_reminder',
  {
    tenantId: column.tenantId(),
    referralId: text('referral_id').notNull(),
    kind: text('kind').notNull(),
    teamId: text('team_id').notNull(),
    dueDate: date('due_date').notNull(),
    createdAt: column.writtenAt('created_at'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.referralId, t.kind] }),
    tenantForeignKey(t, t.referralId, referral),
    tenantForeignKey(t, t.teamId, team),
    index('referral_reminder_team_idx').on(t.tenantId, t.teamId, t.createdAt),
  ],
);
