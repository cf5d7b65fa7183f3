import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import * as column from '../db/columns.ts';

/**
 * NEN 7513-style access log. Append-only (trigger + grants), each row chained per tenant by
 * SHA-256 over the previous hash and its own content. No foreign keys: the log must outlive
 * whatever it describes.
 *
 * A row is inserted unsealed (decision 0047): `id` says in which order it was inserted, seq,
 * prev_hash and hash are null and head/tail hold its canonical text around seq. The tenant's
 * sequencer (audit_seal) later fills in its place in the chain and clears head/tail — the only
 * update the trigger allows; the row's content never changes.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    tenantId: column.tenantId(),
    /** Insertion order (unsealed rows are chained in it); never null, unlike seq. */
    id: bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity(),
    /** The row's place in its tenant's chain: null until the sequencer sealed it. */
    seq: bigint('seq', { mode: 'number' }),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    actorUserId: text('actor_user_id'),
    actorRole: text('actor_role'),
    actorOrganisationId: text('actor_organisation_id'),
    onBehalfOf: text('on_behalf_of'),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    /** Set instead of subject_id when one event names every subject a list or search showed. */
    subjectIds: text('subject_ids').array(),
    action: text('action').notNull(),
    dataCategory: text('data_category'),
    purpose: text('purpose'),
    outcome: text('outcome').notNull(),
    requestId: text('request_id'),
    clientAddress: text('client_address'),
    details: jsonb('details').$type<Record<string, string | number | boolean | null>>(),
    prevHash: text('prev_hash'),
    hash: text('hash'),
    /** The canonical text before and after seq (hash.ts), kept only while the row is unsealed. */
    head: text('head'),
    tail: text('tail'),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    // The chain: one row per (tenant, seq), walked by verify and read backwards for the head.
    uniqueIndex('audit_log_chain_idx').on(t.tenantId, t.seq),
    // The sequencer's queue: only unsealed rows, in insertion order.
    index('audit_log_unsealed_idx').on(t.tenantId, t.id).where(sql`${t.seq} is null`),
    // Per subject, newest first (the family's access log); it serves subject lookups without seq too.
    // Both subject indexes are partial (drizzle/0051): a row names one subject or a list of them, so
    // each row enters only the index that can find it — not a null entry in the other.
    index('audit_log_subject_seq_idx')
      .on(t.tenantId, t.subjectType, t.subjectId, t.seq)
      .where(sql`${t.subjectId} is not null`),
    index('audit_log_subject_ids_idx').using('gin', t.subjectIds).where(sql`${t.subjectIds} is not null`),
  ],
);
