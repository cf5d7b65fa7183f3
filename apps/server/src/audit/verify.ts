import type { Database } from '../db/database.ts';
import { chainHeads } from './chain-heads.ts';
import { type AuditContent, auditRowHash, GENESIS_HASH } from './hash.ts';
import { sealAllAuditRows } from './seal.ts';

type ChainBreak = {
  tenantId: string;
  seq: number;
  problem: 'hash_mismatch' | 'prev_hash_mismatch' | 'missing_row';
};

type VerifyResult = { ok: true; rows: number } | { ok: false; rows: number; firstBreak: ChainBreak };

type Row = Omit<AuditContent, 'occurredAt' | 'seq'> & {
  seq: string | number;
  occurredAt: Date | string;
  hash: string;
};

const BATCH = 5000;

/** One tenant's chain from a sequence number on, in order: a range of the primary key (tenant_id, seq). */
export const VERIFY_BATCH = `
  select tenant_id as "tenantId", seq, occurred_at as "occurredAt", actor_user_id as "actorUserId",
         actor_role as "actorRole", actor_organisation_id as "actorOrganisationId",
         on_behalf_of as "onBehalfOf", subject_type as "subjectType", subject_id as "subjectId",
         subject_ids as "subjectIds",
         action, data_category as "dataCategory", purpose, outcome, request_id as "requestId",
         client_address as "clientAddress", details, prev_hash as "prevHash", hash
    from audit_log where tenant_id = $1 and seq >= $2 order by seq limit ${BATCH}`;

/**
 * Seals every row committed so far (decision 0047: an unsealed row's content is already stored with
 * the canonical text its hash will cover), then walks each tenant's chain in order, in bounded
 * batches. A changed row breaks its own hash; a deleted row leaves a gap in seq or breaks the next
 * row's prev_hash. Rows committed while this runs are verified the next time.
 */
export async function verifyAuditChain(
  database: Database,
  opts: { tenantId?: string } = {},
): Promise<VerifyResult> {
  await sealAllAuditRows(database.db, opts.tenantId);
  const tenants = opts.tenantId ? [opts.tenantId] : (await chainHeads(database)).map((h) => h.tenantId);
  let rows = 0;
  for (const tenantId of tenants) {
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    for (;;) {
      const batch = await database.ownerQuery<Row>(VERIFY_BATCH, [tenantId, expectedSeq]);
      if (batch.length === 0) break;
      for (const row of batch) {
        const seq = Number(row.seq);
        if (seq !== expectedSeq) {
          return { ok: false, rows, firstBreak: { tenantId, seq: expectedSeq, problem: 'missing_row' } };
        }
        if (row.prevHash !== prevHash) {
          return { ok: false, rows, firstBreak: { tenantId, seq, problem: 'prev_hash_mismatch' } };
        }
        const recomputed = auditRowHash({ ...row, seq, occurredAt: new Date(row.occurredAt) });
        if (recomputed !== row.hash) {
          return { ok: false, rows, firstBreak: { tenantId, seq, problem: 'hash_mismatch' } };
        }
        prevHash = row.hash;
        expectedSeq = seq + 1;
        rows++;
      }
    }
  }
  return { ok: true, rows };
}
