/** Retention terms per record type: the tenant's own, or the legal default. */
import {
  DEFAULT_RETENTION_YEARS,
  RetentionRecordType,
  type RetentionTerms,
  type SaveRetentionTerms,
} from '@een-plan/contracts';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import type { Db, Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { retentionTerm } from './schema.ts';

export async function getTerms(db: Executor, tenantId: string): Promise<RetentionTerms> {
  const rows = await db.select().from(retentionTerm).where(eq(retentionTerm.tenantId, tenantId));
  const own = new Map(rows.map((r) => [r.recordType, r.years]));
  return {
    terms: RetentionRecordType.options.map((recordType) => ({
      recordType,
      years: own.get(recordType) ?? DEFAULT_RETENTION_YEARS[recordType],
      isDefault: !own.has(recordType),
    })),
  };
}

export async function termYears(
  db: Executor,
  tenantId: string,
): Promise<Record<RetentionRecordType, number>> {
  const { terms } = await getTerms(db, tenantId);
  return Object.fromEntries(terms.map((t) => [t.recordType, t.years])) as Record<RetentionRecordType, number>;
}

export async function saveTerms(db: Db, actor: Actor, input: SaveRetentionTerms, requestId: string) {
  await db.transaction(async (tx) => {
    for (const t of input.terms) {
      await tx
        .insert(retentionTerm)
        .values({
          tenantId: actor.tenantId,
          recordType: t.recordType,
          years: t.years,
          updatedBy: actor.userId,
        })
        .onConflictDoUpdate({
          target: [retentionTerm.tenantId, retentionTerm.recordType],
          set: { years: t.years, updatedBy: actor.userId, updatedAt: new Date() },
        });
      await recordAudit(tx, {
        tenantId: actor.tenantId,
        actor,
        action: 'retention.term_saved',
        outcome: 'success',
        subjectType: 'retention_term',
        subjectId: t.recordType,
        requestId,
        details: { years: t.years },
      });
    }
  });
  return getTerms(db, actor.tenantId);
}
