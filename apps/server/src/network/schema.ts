import {
  boolean,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';
import { appUser } from '../auth/schema.ts';
import { household } from '../households/schema.ts';

/**
 * People around a household who are not members of it: grandparent, neighbour, friend, JIM
 * mentor, steungezin, volunteer. A family can suggest someone from the portal (`suggested`); the
 * coordinator accepts (`active`) or declines. Leaving the network sets `ended` (history kept).
 * `helpNote` (how this person could help, in the family's words) is encrypted at rest.
 */
export const networkMember = pgTable(
  'network_member',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    householdId: text('household_id').notNull(),
    name: text('name').notNull(),
    relation: text('relation').notNull(),
    phone: text('phone'),
    email: text('email'),
    takesPartInPlan: boolean('takes_part_in_plan').notNull().default(false),
    status: text('status').notNull().default('active'),
    helpNoteEnc: text('help_note_enc'),
    suggestedBy: text('suggested_by'),
    decidedBy: text('decided_by'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ columns: [t.tenantId, t.householdId], foreignColumns: [household.tenantId, household.id] }),
    foreignKey({ columns: [t.tenantId, t.suggestedBy], foreignColumns: [appUser.tenantId, appUser.id] }),
    foreignKey({ columns: [t.tenantId, t.decidedBy], foreignColumns: [appUser.tenantId, appUser.id] }),
    index('network_member_household_idx').on(t.tenantId, t.householdId, t.status),
  ],
);
