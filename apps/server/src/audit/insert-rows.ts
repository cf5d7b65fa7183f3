import { type Placeholder, sql } from 'drizzle-orm';
import { type AuditContent, canonicalParts } from './hash.ts';

/**
 * One audit row as a JSON object keyed by column name, without its place in the chain (seq,
 * prev_hash, hash): the tenant's sequencer (audit_seal) fills those in later. It carries the row's
 * canonical text around the sequence number (head, tail), so the database hashes exactly what
 * verify does.
 */
export function auditRowJson(c: Omit<AuditContent, 'seq' | 'prevHash'>) {
  return {
    tenant_id: c.tenantId,
    // The same millisecond ISO string the hash covers; the column keeps milliseconds.
    occurred_at: c.occurredAt.toISOString(),
    actor_user_id: c.actorUserId,
    actor_role: c.actorRole,
    actor_organisation_id: c.actorOrganisationId,
    on_behalf_of: c.onBehalfOf,
    subject_type: c.subjectType,
    subject_id: c.subjectId,
    subject_ids: c.subjectIds,
    action: c.action,
    data_category: c.dataCategory,
    purpose: c.purpose,
    outcome: c.outcome,
    request_id: c.requestId,
    client_address: c.clientAddress,
    details: c.details,
    ...canonicalParts(c),
  };
}
type AuditRowJson = ReturnType<typeof auditRowJson>;

/**
 * Inserts a batch, unsealed and without a lock, in one statement (drizzle/0052, decision 0047),
 * bound as a single jsonb array: one round trip, and the statement text never changes whatever the
 * batch size.
 * `batch` is `auditBatchParam(rows)`, or the placeholder a prepared statement gives it to.
 */
export function appendAuditRows(batch: string | Placeholder) {
  return sql`select audit_append(${batch}::jsonb)`;
}

/** The value of `appendAuditRows`' placeholder. */
export function auditBatchParam(rows: AuditRowJson[]): string {
  return JSON.stringify(rows);
}
