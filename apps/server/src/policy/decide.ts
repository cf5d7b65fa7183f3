import type { Actor } from './actor.ts';

/** The attributes of a household the policy needs; loaded by the household module. */
export interface HouseholdAccessFacts {
  tenantId: string;
  coordinatorId: string | null;
  teamId: string | null;
  memberPersonIds: readonly string[];
}

export type HouseholdAction =
  | 'household.read'
  /** Members, network: coordinators of the household's team. */
  | 'household.write'
  /** The coordinator's kitchen-table conversation and safety screening. */
  | 'intake.read'
  | 'intake.write'
  /** The family's own preparation of the kitchen-table conversation (portal). */
  | 'preparation.write';

/** Actions a team lead may only read; residents only read their household and write their preparation. */
const PROFESSIONAL_WRITES: readonly HouseholdAction[] = ['household.write', 'intake.write'];
const RESIDENT_ACTIONS: readonly HouseholdAction[] = ['household.read', 'preparation.write'];

export type Decision =
  | { allowed: true; basis: 'coordinator' | 'team' | 'own_household' }
  | { allowed: false; reason: 'other_tenant' | 'no_relationship' | 'role_not_allowed' };

/**
 * Role + relationship decision for a household. Consent (issue 4) will add a third basis here,
 * so every caller already goes through this one function.
 */
export function decideHousehold(
  actor: Actor,
  action: HouseholdAction,
  facts: HouseholdAccessFacts,
): Decision {
  if (actor.tenantId !== facts.tenantId) return { allowed: false, reason: 'other_tenant' };
  switch (actor.role) {
    case 'coordinator':
      if (action === 'preparation.write') return { allowed: false, reason: 'role_not_allowed' };
      if (facts.coordinatorId === actor.userId) return { allowed: true, basis: 'coordinator' };
      if (actor.teamId && actor.teamId === facts.teamId) return { allowed: true, basis: 'team' };
      return { allowed: false, reason: 'no_relationship' };
    case 'team_lead':
      if (PROFESSIONAL_WRITES.includes(action) || action === 'preparation.write') {
        return { allowed: false, reason: 'role_not_allowed' };
      }
      if (actor.teamId && actor.teamId === facts.teamId) return { allowed: true, basis: 'team' };
      return { allowed: false, reason: 'no_relationship' };
    case 'resident':
      if (!RESIDENT_ACTIONS.includes(action)) return { allowed: false, reason: 'role_not_allowed' };
      if (actor.personId && facts.memberPersonIds.includes(actor.personId)) {
        return { allowed: true, basis: 'own_household' };
      }
      return { allowed: false, reason: 'no_relationship' };
    default:
      return { allowed: false, reason: 'role_not_allowed' };
  }
}
