import { createHash } from 'node:crypto';
import type { PlanAction, PlanDiff, PlanGoal, PlanSnapshot } from '@een-plan/contracts';
import { isEmptySafety } from './safety-content.ts';

const GOAL_FIELDS = [
  'domainCode',
  'description',
  'achievedWhen',
  'priority',
  'targetDate',
  'concernsPersonIds',
] as const;
const ACTION_FIELDS = ['goalId', 'description', 'owner', 'level', 'startDate', 'endDate', 'status'] as const;

function same(a: unknown, b: unknown) {
  return JSON.stringify(a) === JSON.stringify(b);
}

function changes<T extends object>(from: T, to: T, fields: readonly (keyof T & string)[]) {
  return fields.filter((f) => !same(from[f], to[f])).map((f) => ({ field: f, from: from[f], to: to[f] }));
}

/** Structured difference between two versions: goals and actions added, removed and changed. */
export function diffSnapshots(
  fromVersion: number,
  a: PlanSnapshot,
  toVersion: number,
  b: PlanSnapshot,
): PlanDiff {
  const goalsA = new Map(a.goals.map((g) => [g.id, g]));
  const goalsB = new Map(b.goals.map((g) => [g.id, g]));
  const actionsA = new Map<string, PlanAction>(
    a.goals.flatMap((g) => g.actions.map((x) => [x.id, x] as const)),
  );
  const actionsB = new Map<string, PlanAction>(
    b.goals.flatMap((g) => g.actions.map((x) => [x.id, x] as const)),
  );
  const goalSummary = (g: PlanGoal) => ({ id: g.id, description: g.description });
  const actionSummary = (x: PlanAction) => ({ id: x.id, goalId: x.goalId, description: x.description });
  return {
    from: fromVersion,
    to: toVersion,
    vision: a.vision === b.vision ? null : { from: a.vision, to: b.vision },
    goals: {
      added: b.goals.filter((g) => !goalsA.has(g.id)).map(goalSummary),
      removed: a.goals.filter((g) => !goalsB.has(g.id)).map(goalSummary),
      changed: b.goals.flatMap((g) => {
        const before = goalsA.get(g.id);
        const changed = before ? changes(before, g, GOAL_FIELDS) : [];
        return changed.length > 0 ? [{ ...goalSummary(g), changes: changed }] : [];
      }),
    },
    actions: {
      added: [...actionsB.values()].filter((x) => !actionsA.has(x.id)).map(actionSummary),
      removed: [...actionsA.values()].filter((x) => !actionsB.has(x.id)).map(actionSummary),
      changed: [...actionsB.values()].flatMap((x) => {
        const before = actionsA.get(x.id);
        const changed = before ? changes(before, x, ACTION_FIELDS) : [];
        return changed.length > 0 ? [{ ...actionSummary(x), changes: changed }] : [];
      }),
    },
  };
}

/**
 * What people agree to: the content without the progress of actions. Marking an action done is
 * progress, not a change of the agreement, so agreements carry over across such versions.
 */
export function agreementKey(s: PlanSnapshot): string {
  const content = {
    vision: s.vision,
    goals: s.goals.map((g) => ({ ...g, actions: g.actions.map(({ status: _status, ...x }) => x) })),
    // An empty safety section is no content: versions from before it existed keep their key.
    ...(s.safety && !isEmptySafety(s.safety) ? { safety: s.safety } : {}),
  };
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}
