import { foreignKey, index, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { organisation } from '../tenancy/schema.ts';
import { appUser } from './schema.ts';

/**
 * A provider's system (or a regional hub adapter acting for it) that exchanges iJw messages over
 * HTTP with a bearer token. It acts as its own system user (role provider) so every message it
 * sends is audited under a name; only the SHA-256 hash of the token is stored.
 */
export const apiClient = pgTable(
  'api_client',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    organisationId: text('organisation_id').notNull(),
    /** The system user this client acts as. */
    userId: text('user_id').notNull(),
    label: text('label').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex('api_client_token_idx').on(t.tenantId, t.tokenHash),
    index('api_client_org_idx').on(t.tenantId, t.organisationId),
    foreignKey({
      columns: [t.tenantId, t.organisationId],
      foreignColumns: [organisation.tenantId, organisation.id],
    }),
    foreignKey({ columns: [t.tenantId, t.userId], foreignColumns: [appUser.tenantId, appUser.id] }),
    foreignKey({ columns: [t.tenantId, t.createdBy], foreignColumns: [appUser.tenantId, appUser.id] }),
  ],
);
