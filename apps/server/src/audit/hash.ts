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

/** The canonical text of a row around its sequence number, which only the chain's tail decides. */
interface CanonicalParts {
  /** Everything before the sequence number. */
  head: string;
  /** Everything after it. */
  tail: string;
}

/**
 * Canonical, order-fixed serialisation (a JSON array) so the same row always hashes the same on
 * any database, split around `seq`: the row is stored with both parts, and the tenant's sequencer
 * (audit_seal, decisions 0034 and 0047) only fills in the sequence number and the previous hash.
 */
export function canonicalParts(row: Omit<AuditContent, 'seq' | 'prevHash'>): CanonicalParts {
  const rest = JSON.stringify([
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
  return { head: `[${JSON.stringify(row.tenantId)},`, tail: `,${rest.slice(1)}` };
}

/** sha256(previous hash ‖ canonical row), hex: the same rule audit_seal applies in SQL. */
export function auditRowHash(row: AuditContent): string {
  const { head, tail } = canonicalParts(row);
  return createHash('sha256').update(row.prevHash).update(`${head}${row.seq}${tail}`).digest('hex');
}
