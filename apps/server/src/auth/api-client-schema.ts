import { index, text, uniqueIndex } from 'drizzle-orm/pg-core';
import * as column from '../db/columns.ts';
import { tenantForeignKey, tenantTable } from '../db/tenant-table.ts';
import { organisation } from '../tenancy/schema.ts';
import { appUser } from './schema.ts';

/**
 * A provider's system (or a regional hub adapter acting for it) that exchanges iJw messages over
 * HTTP with a bearer token. It acts as its own system user (role provider) so every message it
 * sends is audited under a name; only the SHA-256 hash of the token is stored.
 */
export const apiClient = tenantTable(
  'api_client',
  {
    organisationId: text('organisation_id').notNull(),
    /** The system user this client acts as. */
    userId: text('user_id').notNull(),
    label: text('label').notNull(),
    tokenHash: text('token_hash').notNull(),
    createdBy: text('created_by').notNull(),
    createdAt: column.moment('created_at').notNull(),
    lastUsedAt: column.moment('last_used_at'),
    revokedAt: column.moment('revoked_at'),
  },
  (t) => [
    uniqueIndex('api_client_token_idx').on(t.tenantId, t.tokenHash),
    index('api_client_org_idx').on(t.tenantId, t.organisationId),
    tenantForeignKey(t, t.organisationId, organisation),
    tenantForeignKey(t, t.userId, appUser),
    tenantForeignKey(t, t.createdBy, appUser),
  ],
);
