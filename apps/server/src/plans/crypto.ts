import type { PlanSnapshot } from '@een-plan/contracts';
import { decryptText, encryptText } from '../crypto/data-encryption.ts';

/**
 * The plan's free text (vision, goals, actions, comments, proposals, next steps) is encrypted at
 * rest like the kitchen-table conversation (crypto/data-encryption.ts, AES-256-GCM); the version
 * snapshots are stored as one encrypted JSON document `{ enc }`.
 */
export const seal = (plain: string): string => encryptText(plain);
export const open = (stored: string): string => decryptText(stored);

export function sealSnapshot(snapshot: PlanSnapshot): { enc: string } {
  return { enc: encryptText(JSON.stringify(snapshot)) };
}

export function openSnapshot(stored: unknown): PlanSnapshot {
  return JSON.parse(decryptText((stored as { enc: string }).enc)) as PlanSnapshot;
}
