/**
 * Self-reliance measured over time for the year of finished help (issue 17: the dashboards'
 * "self-reliance change" and outcome criterion 3.3). Each history household gets an intake
 * measurement when its plan started and an evaluation measurement on the day it closed, for the
 * parent and the child on the two life domains its goals were about — recorded through
 * `recordSelfRelianceMeasurements`, the function behind the intake's and the plan evaluation's
 * `recordSelfReliance`. Deterministic: its own generator, so the rest of the history does not change.
 */
import { demoActorOf } from '../auth/users.ts';
import type { Db } from '../db/database.ts';
import { recordSelfRelianceMeasurements, type SelfRelianceMeasurement } from '../intake/self-reliance.ts';
import { spreadGenerator } from './history-signal.ts';

export interface HistoryPlan {
  householdId: string;
  /** The evaluation that closed the plan: the evaluation measurement belongs to it. */
  evaluationId: string;
  startedOn: string;
  closedOn: string;
  personIds: readonly string[];
}

const DOMAINS = ['parenting_development', 'finances'] as const;
/** Change from intake to the last evaluation: mostly up, sometimes the same, now and then down. */
const CHANGES = [1, 1, 2, 1, 0, 0, 1, -1];

export async function recordSelfRelianceHistory(db: Db, tenantId: string, plans: readonly HistoryPlan[]) {
  const sanne = await demoActorOf(db, tenantId, 'u-sanne');
  if (!sanne || plans.length === 0) return;
  const pick = spreadGenerator(3317);
  const measurements: SelfRelianceMeasurement[] = [];
  for (const p of plans) {
    const intake: Array<{ personId: string; domainCode: string; score: number }> = [];
    const evaluation: typeof intake = [];
    for (const personId of p.personIds) {
      for (const domainCode of DOMAINS) {
        const before = 1 + pick(3);
        const after = Math.min(5, Math.max(1, before + (CHANGES[pick(CHANGES.length)] as number)));
        intake.push({ personId, domainCode, score: before });
        evaluation.push({ personId, domainCode, score: after });
      }
    }
    const base = { householdId: p.householdId };
    measurements.push(
      {
        ...base,
        measuredOn: p.startedOn,
        source: 'intake',
        sourceId: `intake-${p.householdId}`,
        scores: intake,
      },
      { ...base, measuredOn: p.closedOn, source: 'evaluation', sourceId: p.evaluationId, scores: evaluation },
    );
  }
  // All at once: two statements per measurement were a fifth of the demo story's statements.
  await db.transaction((tx) => recordSelfRelianceMeasurements(tx, sanne, measurements));
}
