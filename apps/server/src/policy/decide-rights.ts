import type { RightsCaseKind } from '@een-plan/contracts';
import type { Actor } from './actor.ts';
import type { HouseholdAccessFacts } from './decide.ts';

/**
 * Rights cases (issue 16). `read`: see a household's cases; `record`: register a case or a step on
 * it (postponement, hearing, acknowledgement); `decide`: record the outcome; `file`: the resident
 * files their own objection, complaint or request in the portal.
 */
export type RightsAction = 'view' | 'record' | 'decide' | 'file';

type RightsDecision =
  | { allowed: true; basis: 'coordinator' | 'team' | 'own_household' }
  | { allowed: false; reason: 'other_tenant' | 'no_relationship' | 'role_not_allowed' };

/** The kinds only a team lead decides: a second opinion and a change of coordinator or team. */
const TEAM_LEAD_DECIDES: readonly RightsCaseKind[] = ['second_opinion', 'coordinator_change'];

export function decideRights(
  actor: Actor,
  action: RightsAction,
  facts: HouseholdAccessFacts & { kind?: RightsCaseKind },
): RightsDecision {
  if (actor.tenantId !== facts.tenantId) return { allowed: false, reason: 'other_tenant' };
  switch (actor.role) {
    case 'resident':
      if (action !== 'view' && action !== 'file') return { allowed: false, reason: 'role_not_allowed' };
      return actor.personId && facts.memberPersonIds.includes(actor.personId)
        ? { allowed: true, basis: 'own_household' }
        : { allowed: false, reason: 'no_relationship' };
    case 'coordinator':
      if (action === 'file') return { allowed: false, reason: 'role_not_allowed' };
      if (action === 'decide' && facts.kind && TEAM_LEAD_DECIDES.includes(facts.kind)) {
        return { allowed: false, reason: 'role_not_allowed' };
      }
      if (facts.coordinatorId === actor.userId) return { allowed: true, basis: 'coordinator' };
      if (actor.teamId && actor.teamId === facts.teamId) return { allowed: true, basis: 'team' };
      return { allowed: false, reason: 'no_relationship' };
    case 'team_lead':
      if (action === 'file') return { allowed: false, reason: 'role_not_allowed' };
      if (actor.teamId && actor.teamId === facts.teamId) return { allowed: true, basis: 'team' };
      return { allowed: false, reason: 'no_relationship' };
    default:
      return { allowed: false, reason: 'role_not_allowed' };
  }
}
