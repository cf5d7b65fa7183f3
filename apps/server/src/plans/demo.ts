import type { PlanSnapshot } from '@een-plan/contracts';
import type { Executor } from '../db/database.ts';
import { findHouseholdFacts } from '../households/membership.ts';
import { recordSelfReliance } from '../intake/self-reliance.ts';
import { listNetwork } from '../network/service.ts';
import type { Actor } from '../policy/actor.ts';
import { insertGoals } from './content.ts';
import { seal, sealSnapshot } from './crypto.ts';
import { type DemoPlan, demoPlans, T } from './demo-plans.ts';
import {
  plan,
  planAction,
  planAgreement,
  planEvaluation,
  planFollowUp,
  planGoal,
  planVersion,
} from './schema.ts';

const FALLBACK_GRANDMOTHER = { id: 'nm-jansen-oma-ria', label: 'Oma Ria' };

async function grandmother(db: Executor) {
  const rows = await listNetwork(db, T, 'hh-jansen');
  const oma = rows.find((r) => /grand|oma/i.test(r.relation) || /oma/i.test(r.name));
  return oma ? { id: oma.id, label: oma.name } : FALLBACK_GRANDMOTHER;
}

function snapshotOf(p: DemoPlan): PlanSnapshot {
  return {
    vision: p.vision,
    goals: p.goals.map((g) => ({ ...g, actions: g.actions.map((a) => ({ ...a, goalId: g.id })) })),
  };
}

/**
 * Plans in every state (Jansen concept, Öztürk active, Pinas agreed, De Graaf in evaluation with
 * an earlier closed plan), so a new user sees a living caseload. Idempotent: a plan that exists is
 * left as it is (people may have changed it).
 */
export async function loadPlanDemoData(tx: Executor, tenantId: string): Promise<void> {
  if (tenantId !== T) return;
  {
    const oma = await grandmother(tx);
    for (const p of demoPlans(oma)) {
      const h = await findHouseholdFacts(tx, T, p.householdId);
      if (!h) continue;
      const inserted = await tx
        .insert(plan)
        .values({
          tenantId: T,
          id: p.id,
          householdId: p.householdId,
          state: p.state,
          vision: seal(p.vision),
          version: 1,
          agreedVersion: p.agreedBy.length > 0 ? 1 : null,
          nextEvaluationDate: p.nextEvaluationDate,
          createdBy: p.createdBy,
          createdAt: new Date(p.createdAt),
          closedAt: p.state === 'closed' ? new Date('2025-08-01T12:00:00Z') : null,
        })
        .onConflictDoNothing()
        .returning({ id: plan.id });
      if (inserted.length === 0) continue;
      const snapshot = snapshotOf(p);
      await tx.insert(planVersion).values({
        tenantId: T,
        planId: p.id,
        version: 1,
        snapshot: sealSnapshot(snapshot),
        createdBy: p.createdBy,
        createdAt: new Date(p.createdAt),
        changeSummary: 'created',
      });
      await insertGoals(tx, T, p.id, snapshot.goals);
      const coordinator = h.coordinatorId ?? p.createdBy;
      if (p.agreedBy.length > 0) {
        await tx.insert(planAgreement).values(
          p.agreedBy.map((party): typeof planAgreement.$inferInsert => ({
            tenantId: T,
            id: `${p.id}-agree-${party}`,
            planId: p.id,
            version: 1,
            party: party === 'coordinator' ? 'coordinator' : 'person',
            personId: party === 'coordinator' ? null : party,
            recordedBy: coordinator,
            method: party === 'coordinator' ? 'own' : 'in_person',
            agreedAt: new Date(new Date(p.createdAt).getTime() + 7 * 86_400_000),
          })),
        );
      }
      if (p.evaluation) {
        const e = p.evaluation;
        await tx.insert(planEvaluation).values({
          tenantId: T,
          id: e.id,
          planId: p.id,
          planVersion: 1,
          evaluatedOn: e.evaluatedOn,
          goalResults: e.results,
          nextSteps: seal(e.nextSteps),
          nextEvaluationDate: p.nextEvaluationDate,
          recordedBy: coordinator,
        });
        const actor: Actor = {
          userId: coordinator,
          sessionId: 'demo',
          tenantId: T,
          role: 'coordinator',
          displayName: 'demo',
          organisationId: null,
          teamId: null,
          personId: null,
        };
        await recordSelfReliance(tx, actor, {
          householdId: p.householdId,
          measuredOn: e.evaluatedOn,
          source: 'evaluation',
          sourceId: e.id,
          scores: e.scores,
        });
      }
    }
  }
}

interface DemoPlanRows {
  plans: Array<typeof plan.$inferInsert>;
  goals: Array<typeof planGoal.$inferInsert>;
  actions: Array<typeof planAction.$inferInsert>;
  evaluations: Array<typeof planEvaluation.$inferInsert>;
  followUps: Array<typeof planFollowUp.$inferInsert>;
}

/** Plans of a generated demo history (closed ones with their goals and evaluations), in bulk. */
export async function insertDemoPlanRows(tx: Executor, rows: Partial<DemoPlanRows>) {
  if (rows.plans?.length) await tx.insert(plan).values(rows.plans);
  if (rows.goals?.length) await tx.insert(planGoal).values(rows.goals);
  if (rows.actions?.length) await tx.insert(planAction).values(rows.actions);
  if (rows.evaluations?.length) await tx.insert(planEvaluation).values(rows.evaluations);
  if (rows.followUps?.length) await tx.insert(planFollowUp).values(rows.followUps);
}
