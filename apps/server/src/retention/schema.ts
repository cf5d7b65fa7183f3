import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/** A tenant's own retention term for a record type; without a row the legal default applies. */
export const retentionTerm = pgTable(
  'retention_term',
  {
    tenantId: text('tenant_id').notNull(),
    recordType: text('record_type').notNull(),
    years: integer('years').notNull(),
    updatedBy: text('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.recordType] })],
);

/**
 * What remains of a destroyed dossier: that one existed and when and by whom it was destroyed.
 * Deliberately no household id, names, BSNs or free text — only a fresh id, codes and dates.
 */
export const retentionTrace = pgTable(
  'retention_trace',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    /** 'retention_term' (the term passed) or 'erasure_request' (Jeugdwet 7.3.9). */
    ground: text('ground').notNull(),
    recordTypes: jsonb('record_types').$type<string[]>().notNull(),
    /** The year the last help ended: coarse on purpose. */
    helpEndedYear: integer('help_ended_year'),
    destroyedAt: timestamp('destroyed_at', { withTimezone: true }).notNull().defaultNow(),
    destroyedBy: text('destroyed_by').notNull(),
    /** Rows destroyed per table: counts only. */
    counts: jsonb('counts').$type<Record<string, number>>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('retention_trace_at_idx').on(t.tenantId, t.destroyedAt),
  ],
);

/**
 * An erasure request (Jeugdwet 7.3.9). Once executed the household id is cleared and the row
 * points at the trace instead, so it holds nothing personal either.
 */
export const erasureRequest = pgTable(
  'erasure_request',
  {
    tenantId: text('tenant_id').notNull(),
    id: text('id').notNull(),
    householdId: text('household_id'),
    /** 'parent' or 'youth' (from 12). */
    requesterKind: text('requester_kind').notNull(),
    requesterPersonId: text('requester_person_id'),
    /** AVG art. 17 for one person: who is to be erased; null for the whole dossier. */
    subjectPersonId: text('subject_person_id'),
    receivedOn: date('received_on').notNull(),
    decideBy: date('decide_by').notNull(),
    /** open → executed | refused */
    status: text('status').notNull().default('open'),
    refusalGrounds: jsonb('refusal_grounds').$type<string[]>(),
    decidedBy: text('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    traceId: text('trace_id'),
    recordedBy: text('recorded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    index('erasure_request_status_idx').on(t.tenantId, t.status),
    // One open request per dossier or per person: the backstop of the check in erasure.ts.
    uniqueIndex('erasure_request_one_open_idx')
      .on(t.tenantId, t.householdId, sql`coalesce(${t.subjectPersonId}, '')`)
      .where(sql`${t.status} = 'open'`),
  ],
);
