import type { Role } from '@een-plan/contracts';
import { index, text } from 'drizzle-orm/pg-core';
import * as column from '../db/columns.ts';
import { tenantForeignKey, tenantTable } from '../db/tenant-table.ts';
import { organisation, team } from '../tenancy/schema.ts';

export const appUser = tenantTable(
  'app_user',
  {
    displayName: text('display_name').notNull(),
    role: text('role').$type<Role>().notNull(),
    organisationId: text('organisation_id'),
    teamId: text('team_id'),
    /** For residents: the person record this login belongs to. */
    personId: text('person_id'),
    email: text('email'),
    oidcSubject: text('oidc_subject'),
    demoDescription: text('demo_description'),
  },
  (t) => [
    tenantForeignKey(t, t.organisationId, organisation),
    tenantForeignKey(t, t.teamId, team),
    index('app_user_oidc_subject_idx').on(t.oidcSubject),
  ],
);

/** Server-side sessions: the cookie carries only the tenant and a random token; we store its hash. */
export const session = tenantTable(
  'session',
  {
    userId: text('user_id').notNull(),
    createdAt: column.moment('created_at').notNull(),
    expiresAt: column.moment('expires_at').notNull(),
    authMethod: text('auth_method').notNull(),
  },
  (t) => [tenantForeignKey(t, t.userId, appUser).onDelete('cascade')],
);
