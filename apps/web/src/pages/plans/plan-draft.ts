import {
  type FamilyPlan,
  type PlanActionOwnerKind,
  type PlanContentInput,
  planContentOf,
} from '@een-plan/contracts';

/** What the editor changes: the plan content as one new version. */
export type Draft = PlanContentInput;
export type DraftGoal = Draft['goals'][number];
export type DraftAction = NonNullable<DraftGoal['actions']>[number];

export const OWNER_KINDS: PlanActionOwnerKind[] = [
  'household_member',
  'network_member',
  'social_map_offer',
  'professional',
  'provider',
];
/** Owners that may be typed in when the household has none of that kind on record. */
export const FREE_TEXT_OWNERS = new Set<PlanActionOwnerKind>(['network_member', 'social_map_offer']);

/** The editor starts from the plan's content as a new version (one rule, in contracts). */
export const draftOf: (plan: FamilyPlan) => Draft = planContentOf;

export function emptyGoal(): DraftGoal {
  return {
    domainCode: '',
    description: '',
    achievedWhen: '',
    priority: 'medium',
    targetDate: null,
    actions: [],
  };
}

export function emptyAction(): DraftAction {
  return {
    description: '',
    owner: { kind: 'household_member', ref: '', label: '' },
    level: 0,
    status: 'open',
  };
}

/** Changes a copy of the draft in place; the editor's one way to edit. */
export type UpdateDraft = (fn: (d: Draft) => void) => void;

/** Changes one goal of the draft in place (nothing when it is no longer there). */
export function updateGoal(update: UpdateDraft, gi: number, change: (g: DraftGoal) => void) {
  update((d) => {
    const g = d.goals[gi];
    if (g) change(g);
  });
}

/** Changes one action of a goal in place (nothing when it is no longer there). */
export function updateAction(update: UpdateDraft, gi: number, ai: number, change: (a: DraftAction) => void) {
  updateGoal(update, gi, (g) => {
    const a = g.actions?.[ai];
    if (a) change(a);
  });
}
