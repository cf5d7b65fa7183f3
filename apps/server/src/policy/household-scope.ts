import type { Actor } from './actor.ts';

/**
 * Which households a professional's lists cover, as facts the households module turns into a query:
 * households they coordinate themselves, and/or every household of one team. Empty: none.
 */
export interface HouseholdScope {
  coordinatorId?: string;
  teamId?: string;
}

/** "Mijn huishoudens": a team lead's whole team; anyone else the households they coordinate. */
export function caseloadScope(actor: Actor): HouseholdScope {
  if (actor.role === 'team_lead') return actor.teamId ? { teamId: actor.teamId } : {};
  return { coordinatorId: actor.userId };
}

/** Search: a coordinator finds their own and their team's households, a team lead the team's; nobody else any. */
export function searchScope(actor: Actor): HouseholdScope {
  const team = actor.teamId ? { teamId: actor.teamId } : {};
  if (actor.role === 'coordinator') return { coordinatorId: actor.userId, ...team };
  if (actor.role === 'team_lead') return team;
  return {};
}

/** A resident sees the household's active network, not the coordinator's pending decisions on suggestions. */
export function seesPendingNetworkSuggestions(actor: Actor): boolean {
  return actor.role !== 'resident';
}
