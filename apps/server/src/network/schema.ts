import type { NetworkMemberStatus, NetworkRelation } from '@een-plan/contracts';
import { boolean, index, text } from 'drizzle-orm/pg-core';
import { appUser } from '../auth/schema.ts';
import * as column from '../db/columns.ts';
import { tenantForeignKey, tenantTable } from '../db/tenant-table.ts';
import { household } from '../households/schema.ts';

/**
 * People around a household who are not members of it: grandparent, neighbour, friend, JIM
 * mentor, steungezin, volunteer. A family can suggest someone from the portal (`suggested`); the
 * coordinator accepts (`active`) or declines. Leaving the network sets `ended` (history kept).
 * `helpNote` (how this person could help, in the family's words) is encrypted at rest.
 */
export const networkMember = tenantTable(
  'network_member',
  {
    householdId: text('household_id').notNull(),
    name: text('name').notNull(),
    relation: text('relation').$type<NetworkRelation>().notNull(),
    phone: text('phone'),
    email: text('email'),
    takesPartInPlan: boolean('takes_part_in_plan').notNull().default(false),
    status: text('status').$type<NetworkMemberStatus>().notNull().default('active'),
    helpNoteEnc: text('help_note_enc'),
    suggestedBy: text('suggested_by'),
    decidedBy: text('decided_by'),
    version: column.version(),
    createdAt: column.writtenAt('created_at'),
    endedAt: column.moment('ended_at'),
  },
  (t) => [
    tenantForeignKey(t, t.householdId, household),
    tenantForeignKey(t, t.suggestedBy, appUser),
    tenantForeignKey(t, t.decidedBy, appUser),
    index('network_member_household_idx').on(t.tenantId, t.householdId, t.status),
  ],
);
