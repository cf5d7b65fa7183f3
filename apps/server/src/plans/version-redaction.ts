/**
 * Stored plan versions whose words change after they were written (decision 0027). Agreement is
 * given to a version, and whether it still counts is decided by comparing content keys
 * (agreementKey) of the stored snapshots (agreement.ts). The scrub is the same on every version,
 * so versions that were equal stay equal and agreements keep counting as before. What was agreed
 * is no longer stored; its key is: the redaction record keeps the key of the version as first
 * written, so a copy of the original (a printed plan) can be shown to be what was agreed.
 */
import { randomUUID } from 'node:crypto';
import type { PlanVersionRedaction } from '@een-plan/contracts';
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import type { ErasedSubject } from '../households/name-scrub.ts';
import { openSnapshot, sealSnapshot } from './crypto.ts';
import { agreementKey } from './diff.ts';
import { scrubSnapshot } from './name-scrub-content.ts';
import { planVersion, planVersionRedaction } from './schema.ts';

/**
 * The versions of the plan whose words changed after they were written: the last redaction's
 * moment and reason, and the content key of the version as first written (the first redaction's).
 */
export async function versionRedactions(db: Executor, tenantId: string, planId: string) {
  const rows = await db
    .select({
      version: planVersionRedaction.version,
      reason: planVersionRedaction.reason,
      originalKey: planVersionRedaction.originalKey,
      redactedAt: planVersionRedaction.redactedAt,
    })
    .from(planVersionRedaction)
    .where(and(eq(planVersionRedaction.tenantId, tenantId), eq(planVersionRedaction.planId, planId)))
    .orderBy(asc(planVersionRedaction.redactedAt));
  const found = new Map<number, PlanVersionRedaction>();
  for (const r of rows)
    found.set(r.version, {
      redactedAt: r.redactedAt.toISOString(),
      reason: r.reason,
      originalKey: found.get(r.version)?.originalKey ?? r.originalKey,
    });
  return found;
}

/** The content key of each version as first written, where a redaction changed it since. */
async function originalKeys(db: Executor, tenantId: string, planId: string) {
  const found = await versionRedactions(db, tenantId, planId);
  return new Map([...found].map(([version, r]) => [version, r.originalKey]));
}

/** Scrubs the name from every version of the plan; the number of versions changed. */
export async function redactVersions(tx: Executor, tenantId: string, planId: string, subject: ErasedSubject) {
  const versions = await tx
    .select({ version: planVersion.version, snapshot: planVersion.snapshot })
    .from(planVersion)
    .where(and(eq(planVersion.tenantId, tenantId), eq(planVersion.planId, planId)))
    .orderBy(asc(planVersion.version));
  const earlier = await originalKeys(tx, tenantId, planId);
  let changed = 0;
  for (const v of versions) {
    const before = openSnapshot(v.snapshot);
    const { snapshot, count } = scrubSnapshot(before, subject);
    if (count === 0) continue;
    await tx
      .update(planVersion)
      .set({ snapshot: sealSnapshot(snapshot) })
      .where(
        and(
          eq(planVersion.tenantId, tenantId),
          eq(planVersion.planId, planId),
          eq(planVersion.version, v.version),
        ),
      );
    await tx.insert(planVersionRedaction).values({
      tenantId,
      id: randomUUID(),
      planId,
      version: v.version,
      reason: 'person_erasure',
      originalKey: earlier.get(v.version) ?? agreementKey(before),
      redactedKey: agreementKey(snapshot),
      replacements: count,
    });
    changed += 1;
  }
  return changed;
}
