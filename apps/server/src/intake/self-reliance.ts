import { randomUUID } from 'node:crypto';
import { LifeDomainCode, type SelfRelianceScore } from '@een-plan/contracts';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { selfRelianceScore } from './schema.ts';

export interface SelfRelianceMeasurement {
  householdId: string;
  measuredOn: string;
  source: 'intake' | 'evaluation';
  /** The intake id or the evaluation id this measurement belongs to. */
  sourceId: string;
  scores: Array<{ personId: string; domainCode: string; score: number }>;
}

/**
 * Records one self-reliance measurement (intake or evaluation). The measurement of a source
 * replaces what that same source recorded before, so saving an intake twice never doubles scores.
 * Runs inside the caller's transaction; the caller decides access, validates that the persons are
 * members, and audits.
 */
export async function recordSelfReliance(
  tx: Executor,
  actor: Actor,
  m: SelfRelianceMeasurement,
): Promise<void> {
  await recordSelfRelianceMeasurements(tx, actor, [m]);
}

/** Rows per insert: ten columns each, well under PostgreSQL's 65,535 parameters. */
const INSERT_ROWS = 1000;

/**
 * Several measurements at once, each replacing what its source recorded before (as
 * `recordSelfReliance`): one delete per kind of source and one insert per thousand scores instead
 * of two statements per measurement (the demo's year of history records 266). A source given twice
 * keeps its last measurement, as two calls one after the other would. Same caller duties.
 */
export async function recordSelfRelianceMeasurements(
  tx: Executor,
  actor: Actor,
  measurements: readonly SelfRelianceMeasurement[],
): Promise<void> {
  const last = [...new Map(measurements.map((m) => [`${m.source}:${m.sourceId}`, m])).values()];
  for (const source of ['intake', 'evaluation'] as const) {
    const sourceIds = last.filter((m) => m.source === source).map((m) => m.sourceId);
    if (sourceIds.length === 0) continue;
    await tx
      .delete(selfRelianceScore)
      .where(
        and(
          eq(selfRelianceScore.tenantId, actor.tenantId),
          eq(selfRelianceScore.source, source),
          inArray(selfRelianceScore.sourceId, sourceIds),
        ),
      );
  }
  const rows = last.flatMap((m) =>
    m.scores.map((s) => ({
      tenantId: actor.tenantId,
      id: randomUUID(),
      householdId: m.householdId,
      personId: s.personId,
      domainCode: s.domainCode,
      score: s.score,
      measuredOn: m.measuredOn,
      source: m.source,
      sourceId: m.sourceId,
      recordedBy: actor.userId,
    })),
  );
  for (let i = 0; i < rows.length; i += INSERT_ROWS) {
    await tx.insert(selfRelianceScore).values(rows.slice(i, i + INSERT_ROWS));
  }
}

/**
 * Every self-reliance score of a household, oldest first (for the trend). The caller decides
 * access and audits the read.
 */
export async function listSelfReliance(
  db: Executor,
  actor: Actor,
  householdId: string,
): Promise<SelfRelianceScore[]> {
  const rows = await db
    .select({
      personId: selfRelianceScore.personId,
      domainCode: selfRelianceScore.domainCode,
      score: selfRelianceScore.score,
      measuredOn: selfRelianceScore.measuredOn,
      source: selfRelianceScore.source,
      sourceId: selfRelianceScore.sourceId,
    })
    .from(selfRelianceScore)
    .where(
      and(eq(selfRelianceScore.tenantId, actor.tenantId), eq(selfRelianceScore.householdId, householdId)),
    )
    .orderBy(
      asc(selfRelianceScore.measuredOn),
      asc(selfRelianceScore.personId),
      asc(selfRelianceScore.domainCode),
    )
    .limit(5000);
  return rows.map((r) => ({
    ...r,
    score: Number(r.score),
    domainCode: LifeDomainCode.parse(r.domainCode),
    source: r.source,
  }));
}

/** Every self-reliance score of one person, oldest first (for their own AVG export), as stored. */
export async function selfRelianceOfPerson(db: Executor, tenantId: string, personId: string) {
  return db
    .select({
      domainCode: selfRelianceScore.domainCode,
      score: selfRelianceScore.score,
      measuredOn: selfRelianceScore.measuredOn,
    })
    .from(selfRelianceScore)
    .where(and(eq(selfRelianceScore.tenantId, tenantId), eq(selfRelianceScore.personId, personId)))
    .orderBy(selfRelianceScore.measuredOn, selfRelianceScore.domainCode)
    .limit(1000);
}
