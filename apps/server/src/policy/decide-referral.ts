import type { Actor } from './actor.ts';

type ReferralTeamDecision = { allowed: true } | { allowed: false; reason: 'not_in_team' };

/** A signal is the work of the team it was routed to: its team lead and its coordinators. */
export function decideReferralTeamWork(actor: Actor, teamId: string): ReferralTeamDecision {
  return teamOfWorker(actor) === teamId ? { allowed: true } : { allowed: false, reason: 'not_in_team' };
}

/** The team whose signals this actor works on, or null when they work on none (not a team role). */
export function teamOfWorker(actor: Actor): string | null {
  return actor.role === 'team_lead' || actor.role === 'coordinator' ? actor.teamId : null;
}
