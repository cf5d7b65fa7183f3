import { ProblemError } from '../http/problems.ts';
import type { Actor } from './actor.ts';
import type { Decision, HouseholdAccessFacts } from './decide.ts';
import { decidePlan } from './decide-plan.ts';

export type AssignmentAction = 'assignment.read' | 'assignment.create' | 'assignment.approve';

/**
 * A youth-care assignment of a household member, on top of the plan's decision: whoever reads the
 * plan reads its assignments; the coordinator (who edits the plan) assigns; a team lead of the
 * household's team approves an assignment above the threshold.
 */
export function decideAssignment(
  actor: Actor,
  action: AssignmentAction,
  facts: HouseholdAccessFacts,
): Decision {
  const decision = decidePlan(actor, action === 'assignment.create' ? 'plan.edit' : 'plan.read', facts);
  if (!decision.allowed) return decision;
  if (action === 'assignment.create' && actor.role !== 'coordinator') {
    return { allowed: false, reason: 'role_not_allowed' };
  }
  if (action === 'assignment.approve' && actor.role !== 'team_lead') {
    return { allowed: false, reason: 'role_not_allowed' };
  }
  return decision;
}

/**
 * The organisation a provider acts for. A provider's routes are open to provider roles only
 * (route policy, audited there); one without an organisation is refused here all the same.
 */
export function providerOrganisationOf(actor: Actor): string {
  if (!actor.organisationId) throw new ProblemError('forbidden');
  return actor.organisationId;
}
