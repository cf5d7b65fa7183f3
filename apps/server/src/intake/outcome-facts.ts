/**
 * Facts the outcomes module asks of intake: per household, how self-reliance changed between the
 * intake and the last evaluation (per person and life domain measured at both). Counts only.
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { selfRelianceScore } from './schema.ts';

interface SelfRelianceChange {
  /** Person × domain pairs measured at intake and at an evaluation. */
  pairs: number;
  improved: number;
  /** Sum of (last evaluation − intake) over the pairs. */
  totalChange: number;
}

export async function selfRelianceChanges(
  db: Executor,
  tenantId: string,
  householdIds: string[],
): Promise<Map<string, SelfRelianceChange>> {
  if (householdIds.length === 0) return new Map();
  const rows = await db
    .select({
      householdId: selfRelianceScore.householdId,
      personId: selfRelianceScore.personId,
      domainCode: selfRelianceScore.domainCode,
      score: selfRelianceScore.score,
      measuredOn: selfRelianceScore.measuredOn,
      source: selfRelianceScore.source,
    })
    .from(selfRelianceScore)
    .where(
      and(eq(selfRelianceScore.tenantId, tenantId), inArray(selfRelianceScore.householdId, householdIds)),
    );
  // Per pair: the first intake score and the latest evaluation score.
  const pairs = new Map<
    string,
    { householdId: string; intake?: [string, number]; last?: [string, number] }
  >();
  for (const r of rows) {
    const key = `${r.householdId}|${r.personId}|${r.domainCode}`;
    const p = pairs.get(key) ?? { householdId: r.householdId };
    if (r.source === 'intake' && (!p.intake || r.measuredOn < p.intake[0]))
      p.intake = [r.measuredOn, r.score];
    if (r.source === 'evaluation' && (!p.last || r.measuredOn > p.last[0])) p.last = [r.measuredOn, r.score];
    pairs.set(key, p);
  }
  const out = new Map<string, SelfRelianceChange>();
  for (const p of pairs.values()) {
    if (!p.intake || !p.last) continue;
    const c = out.get(p.householdId) ?? { pairs: 0, improved: 0, totalChange: 0 };
    const change = p.last[1] - p.intake[1];
    c.pairs += 1;
    c.totalChange += change;
    if (change > 0) c.improved += 1;
    out.set(p.householdId, c);
  }
  return out;
}
