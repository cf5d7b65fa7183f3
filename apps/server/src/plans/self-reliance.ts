import type { Executor } from '../db/database.ts';
import { listSelfReliance, recordSelfReliance } from '../intake/self-reliance.ts';
import type { Actor } from '../policy/actor.ts';

/**
 * The plan's access to self-reliance scores, which the intake module owns: an evaluation is a new
 * measurement with source 'evaluation'. Access decisions and audit are done by the plan service.
 */
export async function recordEvaluationScores(
  tx: Executor,
  actor: Actor,
  input: {
    householdId: string;
    measuredOn: string;
    sourceId: string;
    scores: Array<{ personId: string; domainCode: string; score: number }>;
  },
): Promise<void> {
  await recordSelfReliance(tx, actor, { ...input, source: 'evaluation' });
}

export async function listScores(db: Executor, actor: Actor, householdId: string) {
  const rows = await listSelfReliance(db, actor, householdId);
  return rows.map((r) => ({
    personId: r.personId,
    domainCode: r.domainCode,
    measuredOn: r.measuredOn,
    score: r.score,
    source: r.source,
  }));
}
