import type { PlanSnapshot } from '@een-plan/contracts';
import { membersHiddenFromResident, withoutHiddenGoals } from '../consent/youth-privacy.ts';
import type { Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { readsOwnPartOfPlan } from '../policy/decide-plan.ts';
import { type Access, householdFacts } from './access.ts';

/** Goals a youth sees: those about them or with an action they own. */
function partFor(content: PlanSnapshot, personId: string): PlanSnapshot {
  return {
    vision: content.vision,
    goals: content.goals.filter(
      (g) =>
        g.concernsPersonIds.includes(personId) ||
        g.actions.some((a) => a.owner.kind === 'household_member' && a.owner.ref === personId),
    ),
  };
}

/**
 * What of the plan this reader sees. A resident who is not a parent (gezagsdrager or partner) reads
 * a part: their own goals (`partial`). Everyone else reads the whole plan, less the goals about
 * members whose privacy hides them from a resident reader.
 */
export async function visibleContent(
  db: Executor,
  actor: Actor,
  { h, basis }: Access,
  full: PlanSnapshot,
): Promise<{ content: PlanSnapshot; partial: boolean }> {
  const me = h.members.find((m) => m.personId === actor.personId);
  const partial = readsOwnPartOfPlan(basis, me?.role);
  const content =
    partial && actor.personId
      ? partFor(full, actor.personId)
      : withoutHiddenGoals(full, await membersHiddenFromResident(db, actor, householdFacts(h), 'plan'));
  return { content, partial };
}
