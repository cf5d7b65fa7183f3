import type { Role } from '@een-plan/contracts';
import { foreignKey, index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { organisation, team } from '../tenancy/schema.ts';

export const appUser = pgTable(
  'app_user',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
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
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.organisationId],
      foreignColumns: [organisation.tenantId, organisation.id],
    }),
    foreignKey({ columns: [t.tenantId, t.teamId], foreignColumns: [team.tenantId, team.id] }),
    index('app_user_oidc_subject_idx').on(t.oidcSubject),
  ],
);

/** Server-side sessions: the cookie carries only the tenant and a random token; we store its hash. */
export const session = pgTable(
  'session',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    userId: text('user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    authMethod: text('auth_method').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({
      columns: [t.tenantId, t.userId],
      foreignColumns: [appUser.tenantId, appUser.id],
    }).onDelete('cascade'),
  ],
);
