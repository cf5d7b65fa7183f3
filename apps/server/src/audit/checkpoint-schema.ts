import { bigint, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import * as column from '../db/columns.ts';

/**
 * Signed snapshots of each tenant's audit chain head. The signature's key is never in the database,
 * so an owner who deletes the newest audit rows cannot forge a checkpoint that hides it.
 * Insert-only for the application role (grants + trigger, like audit_log).
 */
export const auditCheckpoint = pgTable(
  'audit_checkpoint',
  {
    tenantId: column.tenantId(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    headHash: text('head_hash').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true, precision: 3 }).notNull(),
    keyId: text('key_id').notNull(),
    signature: text('signature').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.seq] })],
);
