import type { ErasureRequesterKind, ErasureStatus, TraceList } from '@een-plan/contracts';
import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex } from 'drizzle-orm/pg-core';
import * as column from '../db/columns.ts';
import { tenantTable } from '../db/tenant-table.ts';

/** A tenant's own retention term for a record type; without a row the legal default applies. */
export const retentionTerm = pgTable(
  'retention_term',
  {
    tenantId: column.tenantId(),
    recordType: text('record_type').notNull(),
    years: integer('years').notNull(),
    ...column.actor('updated'),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.recordType] })],
);

/**
 * What remains of a destroyed dossier: that one existed and when and by whom it was destroyed.
 * Deliberately no household id, names, BSNs or free text — only a fresh id, codes and dates.
 */
export const retentionTrace = tenantTable(
  'retention_trace',
  {
    /** 'retention_term' (the term passed) or 'erasure_request' (Jeugdwet 7.3.9). */
    ground: text('ground').$type<TraceList['traces'][number]['ground']>().notNull(),
    recordTypes: jsonb('record_types').$type<string[]>().notNull(),
    /** The year the last help ended: coarse on purpose. */
    helpEndedYear: integer('help_ended_year'),
    destroyedAt: column.writtenAt('destroyed_at'),
    destroyedBy: text('destroyed_by').notNull(),
    /** Rows destroyed per table: counts only. */
    counts: jsonb('counts').$type<Record<string, number>>().notNull(),
  },
  (t) => [index('retention_trace_at_idx').on(t.tenantId, t.destroyedAt)],
);

/**
 * An erasure request (Jeugdwet 7.3.9). Once executed the household id is cleared and the row
 * points at the trace instead, so it holds nothing personal either.
 */
export const erasureRequest = tenantTable(
  'erasure_request',
  {
    householdId: text('household_id'),
    /** 'parent' or 'youth' (from 12). */
    requesterKind: text('requester_kind').$type<ErasureRequesterKind>().notNull(),
    requesterPersonId: text('requester_person_id'),
    /** AVG art. 17 for one person: who is to be erased; null for the whole dossier. */
    subjectPersonId: text('subject_person_id'),
    receivedOn: date('received_on').notNull(),
    decideBy: date('decide_by').notNull(),
    /** open → executed | refused */
    status: text('status').$type<ErasureStatus>().notNull().default('open'),
    refusalGrounds: jsonb('refusal_grounds').$type<string[]>(),
    decidedBy: text('decided_by'),
    decidedAt: column.moment('decided_at'),
    traceId: text('trace_id'),
    recordedBy: text('recorded_by').notNull(),
    createdAt: column.writtenAt('created_at'),
  },
  (t) => [
    index('erasure_request_status_idx').on(t.tenantId, t.status),
    // One open request per dossier or per person: the backstop of the check in erasure.ts.
    uniqueIndex('erasure_request_one_open_idx')
      .on(t.tenantId, t.householdId, sql`coalesce(${t.subjectPersonId}, '')`)
      .where(sql`${t.status} = 'open'`),
  ],
);
