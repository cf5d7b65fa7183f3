import type { PlanGoal, PlanSnapshot } from '@een-plan/contracts';
import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { open, seal, sealSnapshot } from './crypto.ts';
import { agreementKey } from './diff.ts';
import { loadSafety, saveSafety } from './safety-content.ts';
import { plan, planAction, planGoal, planVersion } from './schema.ts';

/**
 * A plan's content (vision, goals, actions) read from and written to its tables, each write a new
 * version with its snapshot. Used by the plan service, the closure and the assignments' progress.
 */

type PlanRow = typeof plan.$inferSelect;

export async function loadContent(
  db: Executor,
  tenantId: string,
  p: Pick<PlanRow, 'id' | 'vision'>,
): Promise<PlanSnapshot> {
  const goals = await db
    .select()
    .from(planGoal)
    .where(and(eq(planGoal.tenantId, tenantId), eq(planGoal.planId, p.id)))
    .orderBy(asc(planGoal.position))
    .limit(100);
  const actions = await db
    .select()
    .from(planAction)
    .where(and(eq(planAction.tenantId, tenantId), eq(planAction.planId, p.id)))
    .orderBy(asc(planAction.position))
    .limit(2000);
  const safety = await loadSafety(db, tenantId, p.id);
  return {
    vision: open(p.vision),
    ...(safety ? { safety } : {}),
    goals: goals.map(
      (g): PlanGoal => ({
        id: g.id,
        domainCode: g.domainCode,
        description: open(g.description),
        achievedWhen: open(g.achievedWhen),
        priority: g.priority,
        targetDate: g.targetDate,
        concernsPersonIds: g.concernsPersonIds,
        actions: actions
          .filter((a) => a.goalId === g.id)
          .map((a) => ({
            id: a.id,
            goalId: a.goalId,
            description: open(a.description),
            owner: {
              kind: a.ownerKind,
              ref: a.ownerRef,
              label: a.ownerLabel,
            },
            level: a.level,
            startDate: a.startDate,
            endDate: a.endDate,
            status: a.status,
          })),
      }),
    ),
  };
}

export /**
 * Replaces goals and actions with `content`, writes the new version's snapshot, bumps the version.
 * A content without a safety section keeps the stored one (an edit of goals does not drop it).
 * `stored`: the plan's content as loaded in this transaction, when the caller has it unchanged.
 */
async function writeVersion(
  tx: Executor,
  actor: Actor,
  p: PlanRow,
  given: PlanSnapshot,
  summary: string,
  stored?: PlanSnapshot,
): Promise<PlanRow> {
  const t = actor.tenantId;
  const old = stored ?? (await loadContent(tx, t, p));
  const content: PlanSnapshot = given.safety || !old.safety ? given : { ...given, safety: old.safety };
  const oldKey = agreementKey(old);
  await tx.delete(planAction).where(and(eq(planAction.tenantId, t), eq(planAction.planId, p.id)));
  await tx.delete(planGoal).where(and(eq(planGoal.tenantId, t), eq(planGoal.planId, p.id)));
  await insertGoals(tx, t, p.id, content.goals);
  if (content.safety) await saveSafety(tx, t, p.id, content.safety);
  const newKey = agreementKey(content);
  const version = p.version + 1;
  // A changed content needs agreement again: an agreed plan goes back to concept.
  const contentChanged = oldKey !== newKey;
  const state = p.state === 'agreed' && contentChanged ? 'concept' : p.state;
  const agreedVersion = !contentChanged && p.agreedVersion === p.version ? version : p.agreedVersion;
  const [updated] = await tx
    .update(plan)
    .set({ vision: seal(content.vision), version, state, agreedVersion, updatedAt: new Date() })
    .where(and(eq(plan.tenantId, t), eq(plan.id, p.id), eq(plan.version, p.version)))
    .returning();
  if (!updated) throw new ProblemError('version_conflict', undefined, undefined, p.version);
  await tx.insert(planVersion).values({
    tenantId: t,
    planId: p.id,
    version,
    snapshot: sealSnapshot(content),
    createdBy: actor.userId,
    changeSummary: summary,
  });
  return updated;
}

/** Writes goals and their actions as rows in the order given; the plan's old rows must be gone. */
export async function insertGoals(
  tx: Executor,
  tenantId: string,
  planId: string,
  goals: PlanGoal[],
): Promise<void> {
  if (goals.length > 0) {
    await tx.insert(planGoal).values(
      goals.map((g, i) => ({
        tenantId,
        id: g.id,
        planId,
        position: i,
        domainCode: g.domainCode,
        description: seal(g.description),
        achievedWhen: seal(g.achievedWhen),
        priority: g.priority,
        targetDate: g.targetDate,
        concernsPersonIds: g.concernsPersonIds,
      })),
    );
  }
  const actions = goals.flatMap((g) => g.actions);
  if (actions.length > 0) {
    await tx.insert(planAction).values(
      actions.map((a, i) => ({
        tenantId,
        id: a.id,
        planId,
        goalId: a.goalId,
        position: i,
        description: seal(a.description),
        ownerKind: a.owner.kind,
        ownerRef: a.owner.ref,
        ownerLabel: a.owner.label,
        level: a.level,
        startDate: a.startDate,
        endDate: a.endDate,
        status: a.status,
      })),
    );
  }
}
