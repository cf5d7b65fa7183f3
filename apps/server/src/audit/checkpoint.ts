import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../db/database.ts';
import { chainHeads } from './chain-heads.ts';
import { auditCheckpoint } from './checkpoint-schema.ts';
import { sealAllAuditRows } from './seal.ts';

/** A tenant's chain head at one moment, signed with a key the database never holds. */
export interface Checkpoint {
  tenantId: string;
  seq: number;
  headHash: string;
  signedAt: Date;
  keyId: string;
  signature: string;
}

export interface CheckpointKey {
  /** HMAC-SHA256 key, base64 (AUDIT_CHECKPOINT_KEY or generated into DATA_DIR). */
  key: string;
  /** Also append each checkpoint to `<dir>/audit-checkpoints-<tenant>.jsonl`, outside the database. */
  dir?: string | undefined;
}

/** Names the key without revealing it, so a verifier can tell "another key" from "forged". */
export function checkpointKeyId(key: string): string {
  return createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 16);
}

function signedText(c: Pick<Checkpoint, 'tenantId' | 'seq' | 'headHash' | 'signedAt'>): string {
  return `een-plan-audit-checkpoint:v1\n${c.tenantId}\n${c.seq}\n${c.headHash}\n${c.signedAt.toISOString()}`;
}

function sign(key: string, c: Pick<Checkpoint, 'tenantId' | 'seq' | 'headHash' | 'signedAt'>): string {
  return createHmac('sha256', Buffer.from(key, 'base64')).update(signedText(c)).digest('hex');
}

export function hasValidSignature(key: string, c: Checkpoint): boolean {
  const expected = Buffer.from(sign(key, c), 'hex');
  const given = Buffer.from(c.signature, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * Signs the current head of each tenant's chain (or of one tenant) and stores it: in its own
 * insert-only table and, when configured, in a file. Every row committed so far is sealed first, so
 * the checkpoint anchors them too. A head that was checkpointed before is kept as it was; a chain
 * without rows has nothing to anchor.
 */
export async function writeAuditCheckpoints(
  database: Database,
  signing: CheckpointKey,
  opts: { tenantId?: string } = {},
): Promise<Checkpoint[]> {
  await sealAllAuditRows(database.db, opts.tenantId);
  const heads = await chainHeads(database, opts.tenantId);
  const keyId = checkpointKeyId(signing.key);
  const signedAt = new Date();
  const checkpoints = heads.map((h) => {
    const unsigned = { tenantId: h.tenantId, seq: h.seq, headHash: h.hash, signedAt };
    return { ...unsigned, keyId, signature: sign(signing.key, unsigned) };
  });
  if (checkpoints.length === 0) return [];
  await database.db.insert(auditCheckpoint).values(checkpoints).onConflictDoNothing();
  if (signing.dir) exportCheckpoints(signing.dir, checkpoints);
  return checkpoints;
}

export function checkpointFile(dir: string, tenantId: string): string {
  return join(dir, `audit-checkpoints-${tenantId.replace(/[^A-Za-z0-9_-]/g, '_')}.jsonl`);
}

function exportCheckpoints(dir: string, checkpoints: Checkpoint[]) {
  mkdirSync(dir, { recursive: true });
  for (const c of checkpoints) {
    appendFileSync(
      checkpointFile(dir, c.tenantId),
      `${JSON.stringify({ ...c, signedAt: c.signedAt.toISOString() })}\n`,
      {
        mode: 0o600,
      },
    );
  }
}
