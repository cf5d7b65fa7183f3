import type { Actor } from './actor.ts';
import { decideHousehold, type HouseholdAccessFacts } from './decide.ts';

/** What the policy needs to know about a crisis episode (null fields: not yet set). */
interface CrisisEpisodeFacts {
  tenantId: string;
  /** The crisis service organisation running it. */
  organisationId: string | null;
  handoverTarget: string | null;
  handoverOrganisationId: string | null;
  household: HouseholdAccessFacts;
}

export type CrisisAction =
  /** Open an episode for a household: the crisis service (called in) or the household's coordinator. */
  | 'crisis.create'
  | 'crisis.read'
  /** Record a step (arrival, decision, exit plan, handover proposal, the crisis side's confirmation). */
  | 'crisis.record'
  /** Confirm the warm handover as the receiving side. */
  | 'crisis.receive';

type CrisisDecision =
  | { allowed: true; basis: 'crisis_service' | 'household' | 'receiving_provider' }
  | { allowed: false; reason: 'other_tenant' | 'no_relationship' | 'role_not_allowed' };

const deny = (reason: 'other_tenant' | 'no_relationship' | 'role_not_allowed'): CrisisDecision => ({
  allowed: false,
  reason,
});

/**
 * The crisis service is called in for any household of its tenant (the call is the basis) and then
 * owns the episode; the household's coordinator and team know of it (a coordinator may report one);
 * the provider a handover goes to sees it and confirms it.
 */
export function decideCrisisEpisode(
  actor: Actor,
  action: CrisisAction,
  facts: CrisisEpisodeFacts,
): CrisisDecision {
  if (actor.tenantId !== facts.tenantId) return deny('other_tenant');
  switch (actor.role) {
    case 'crisis_service': {
      if (action === 'crisis.receive') return deny('role_not_allowed');
      if (action === 'crisis.create') return { allowed: true, basis: 'crisis_service' };
      const own = facts.organisationId === null || facts.organisationId === actor.organisationId;
      return own ? { allowed: true, basis: 'crisis_service' } : deny('no_relationship');
    }
    case 'coordinator':
    case 'team_lead': {
      if (action === 'crisis.record') return deny('role_not_allowed');
      if (action === 'crisis.receive' && facts.handoverTarget !== 'team') return deny('no_relationship');
      const needs = action === 'crisis.read' ? 'household.read' : 'household.write';
      const d = decideHousehold(actor, needs, facts.household);
      return d.allowed ? { allowed: true, basis: 'household' } : deny(d.reason);
    }
    case 'provider': {
      if (action !== 'crisis.read' && action !== 'crisis.receive') return deny('role_not_allowed');
      const receiving =
        facts.handoverTarget === 'provider' &&
        actor.organisationId !== null &&
        facts.handoverOrganisationId === actor.organisationId;
      return receiving ? { allowed: true, basis: 'receiving_provider' } : deny('no_relationship');
    }
    default:
      return deny('role_not_allowed');
  }
}

/** The crisis episodes listed on a household's dossier: for those who may read the dossier at work. */
export function decideHouseholdCrisisList(actor: Actor, household: HouseholdAccessFacts): CrisisDecision {
  if (actor.role !== 'coordinator' && actor.role !== 'team_lead') return deny('role_not_allowed');
  const d = decideHousehold(actor, 'household.read', household);
  return d.allowed ? { allowed: true, basis: 'household' } : deny(d.reason);
}

/** Whose list "my episodes" is: the crisis service organisation of the actor (null: none). */
export function crisisServiceOrganisation(actor: Actor): string | null {
  return actor.role === 'crisis_service' ? actor.organisationId : null;
}
