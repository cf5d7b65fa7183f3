import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../db/database.ts';
import { chainHeads } from './chain-heads.ts';
import { type Checkpoint, type CheckpointKey, checkpointKeyId, hasValidSignature } from './checkpoint.ts';
import { sealAllAuditRows } from './seal.ts';

type CheckpointProblem =
  /** Not signed with our key: forged, or written with another key. */
  | { tenantId: string; seq: number; problem: 'signature_invalid'; keyId: string }
  /** The chain ends before a signed head: its newest rows were deleted. */
  | {
      tenantId: string;
      seq: number;
      problem: 'rows_missing_after_checkpoint';
      chainHead: number;
      missing: number;
    }
  /** The row at a signed head is not the row that was signed: the tail was rewritten. */
  | { tenantId: string; seq: number; problem: 'head_hash_mismatch' }
  /** An exported checkpoint that the database no longer holds. */
  | { tenantId: string; seq: number; problem: 'checkpoint_missing_from_database' };

interface CheckpointVerification {
  ok: boolean;
  checkpoints: number;
  problems: CheckpointProblem[];
}

type CheckpointRow = {
  tenantId: string;
  seq: string | number;
  headHash: string;
  signedAt: Date | string;
  keyId: string;
  signature: string;
};

function toCheckpoint(row: CheckpointRow): Checkpoint {
  return { ...row, seq: Number(row.seq), signedAt: new Date(row.signedAt) };
}

/**
 * Checks every stored and exported checkpoint against the key and the chain: the chain may have
 * grown since, but every signed head must still be there, unchanged. Rows committed so far are
 * sealed first (decision 0047), so a head is compared with the whole chain.
 */
export async function verifyAuditCheckpoints(
  database: Database,
  signing: CheckpointKey,
): Promise<CheckpointVerification> {
  await sealAllAuditRows(database.db);
  const stored = (
    await database.ownerQuery<CheckpointRow>(
      `select tenant_id as "tenantId", seq, head_hash as "headHash", signed_at as "signedAt",
              key_id as "keyId", signature
         from audit_checkpoint order by tenant_id, seq`,
    )
  ).map(toCheckpoint);
  const problems: CheckpointProblem[] = [];
  const exported = signing.dir ? readExported(signing.dir) : [];
  const storedIds = new Set(stored.map((c) => `${c.tenantId}:${c.seq}:${c.signature}`));
  for (const c of exported) {
    if (!storedIds.has(`${c.tenantId}:${c.seq}:${c.signature}`)) {
      problems.push({ tenantId: c.tenantId, seq: c.seq, problem: 'checkpoint_missing_from_database' });
    }
  }
  const all = [...stored, ...exported.filter((c) => !storedIds.has(`${c.tenantId}:${c.seq}:${c.signature}`))];
  const heads = new Map((await chainHeads(database)).map((h) => [h.tenantId, h.seq]));
  const ourKey = checkpointKeyId(signing.key);
  for (const c of all) {
    if (c.keyId !== ourKey || !hasValidSignature(signing.key, c)) {
      problems.push({ tenantId: c.tenantId, seq: c.seq, problem: 'signature_invalid', keyId: c.keyId });
      continue;
    }
    const chainHead = heads.get(c.tenantId) ?? 0;
    if (chainHead < c.seq) {
      problems.push({
        tenantId: c.tenantId,
        seq: c.seq,
        problem: 'rows_missing_after_checkpoint',
        chainHead,
        missing: c.seq - chainHead,
      });
      continue;
    }
    const [row] = await database.ownerQuery<{ hash: string }>(
      'select hash from audit_log where tenant_id = $1 and seq = $2',
      [c.tenantId, c.seq],
    );
    if (row?.hash !== c.headHash)
      problems.push({ tenantId: c.tenantId, seq: c.seq, problem: 'head_hash_mismatch' });
  }
  return { ok: problems.length === 0, checkpoints: all.length, problems };
}

/** The copies outside the database, which an owner who deletes checkpoint rows cannot reach. */
function readExported(dir: string): Checkpoint[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.startsWith('audit-checkpoints-') && f.endsWith('.jsonl'))
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => toCheckpoint(JSON.parse(line) as CheckpointRow)),
    );
}
