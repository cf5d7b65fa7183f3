/**
 * The audit row hash is part of the log's evidence: a row written years ago must hash the same with
 * today's code, or `audit:verify` and every signed checkpoint would fail. The expected value below was
 * computed by the hash function as it was before list events (decision 0028) existed.
 */
import { describe, expect, it } from 'vitest';
import { type AuditContent, auditRowHash } from '../src/audit/hash.ts';

const row: AuditContent = {
  tenantId: '0394',
  seq: 7,
  occurredAt: new Date('2026-11-30T10:00:00.123Z'),
  actorUserId: 'u-sanne',
  actorRole: 'coordinator',
  actorOrganisationId: 'org-st',
  onBehalfOf: null,
  subjectType: 'household',
  subjectId: 'hh-a',
  subjectIds: null,
  action: 'household.read',
  dataCategory: 'household.summary',
  purpose: 'caseload',
  outcome: 'success',
  requestId: 'req-1',
  clientAddress: '127.0.0.1',
  details: { b: 1, a: 'x' },
  prevHash: '0'.repeat(64),
};

describe('audit row hash', () => {
  it('hashes a row without a subject list exactly as before list events existed', () => {
    expect(auditRowHash(row)).toBe('524f9cad634a87b3d4ef6311694d09858cbaf918d8780c3b58e2856a5a189d9f');
  });

  it('covers the subject list of a list event: its content and its order', () => {
    const listed = { ...row, subjectId: null, subjectIds: ['hh-a', 'hh-b'] };
    const hash = auditRowHash(listed);
    expect(hash).not.toBe(auditRowHash({ ...listed, subjectIds: ['hh-b', 'hh-a'] }));
    expect(hash).not.toBe(auditRowHash({ ...listed, subjectIds: ['hh-a'] }));
    expect(hash).not.toBe(auditRowHash({ ...listed, subjectIds: null }));
    expect(auditRowHash({ ...listed, subjectIds: ['hh-a', 'hh-b'] })).toBe(hash);
  });
});
