import { sql } from 'drizzle-orm';
import type { AuditContent } from './hash.ts';

/**
 * One audit row as a JSON object keyed by column name. A caseload page appends tens of rows; drizzle's
 * multi-row INSERT bound 18 parameters per row and spent most of a request's CPU building them
 * (issue 18). One JSON parameter costs a JSON.stringify instead (decision 0019).
 */
export function auditRowJson(c: AuditContent, hash: string) {
  return {
    tenant_id: c.tenantId,
    seq: c.seq,
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
    prev_hash: c.prevHash,
    hash,
  };
}
export type AuditRowJson = ReturnType<typeof auditRowJson>;

// The statement text never changes, so PostgreSQL parses one shape whatever the batch size.
const COLUMNS = sql.raw(
  [
    'tenant_id text',
    'seq bigint',
    'occurred_at timestamptz',
    'actor_user_id text',
    'actor_role text',
    'actor_organisation_id text',
    'on_behalf_of text',
    'subject_type text',
    'subject_id text',
    'subject_ids text[]',
    'action text',
    'data_category text',
    'purpose text',
    'outcome text',
    'request_id text',
    'client_address text',
    'details jsonb',
    'prev_hash text',
    'hash text',
  ].join(', '),
);
const NAMES = sql.raw(
  'tenant_id, seq, occurred_at, actor_user_id, actor_role, actor_organisation_id, on_behalf_of, ' +
    'subject_type, subject_id, subject_ids, action, data_category, purpose, outcome, request_id, client_address, ' +
    'details, prev_hash, hash',
);

/** One INSERT of every row of a batch, bound as a single jsonb array. */
export function insertAuditRows(rows: AuditRowJson[]) {
  return sql`insert into audit_log (${NAMES}) select ${NAMES} from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(${COLUMNS})`;
}
