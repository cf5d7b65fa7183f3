import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** The content of an audit row that the hash covers (everything but the hash itself). */
export interface AuditContent {
  tenantId: string;
  seq: number;
  occurredAt: Date;
  actorUserId: string | null;
  actorRole: string | null;
  actorOrganisationId: string | null;
  onBehalfOf: string | null;
  subjectType: string | null;
  subjectId: string | null;
  /** The subjects of one list or search event (issue 18: one row per page, not one per subject). */
  subjectIds: readonly string[] | null;
  action: string;
  dataCategory: string | null;
  purpose: string | null;
  outcome: string;
  requestId: string | null;
  clientAddress: string | null;
  details: Record<string, string | number | boolean | null> | null;
  prevHash: string;
}

function sortedDetails(details: AuditContent['details']): Array<[string, unknown]> | null {
  if (!details) return null;
  return Object.keys(details)
    .sort()
    .map((k) => [k, details[k]]);
}

/** Canonical, order-fixed serialisation so the same row always hashes the same on any database. */
export function auditRowHash(row: AuditContent): string {
  const canonical = JSON.stringify([
    row.tenantId,
    row.seq,
    row.occurredAt.toISOString(),
    row.actorUserId,
    row.actorRole,
    row.actorOrganisationId,
    row.onBehalfOf,
    row.subjectType,
    row.subjectId,
    row.action,
    row.dataCategory,
    row.purpose,
    row.outcome,
    row.requestId,
    row.clientAddress,
    sortedDetails(row.details),
    // Only rows that name several subjects carry the list, so rows written before it hash as before.
    ...(row.subjectIds ? [row.subjectIds] : []),
  ]);
  return createHash('sha256').update(row.prevHash).update(canonical).digest('hex');
}
