import type { Actor } from './actor.ts';

/** The facts a task decision needs: who it is assigned to. */
export interface TaskFacts {
  tenantId: string;
  assigneeUserId: string | null;
  assigneeTeamId: string | null;
  /** For a team task: the role in the team it is for (null: anyone in the team). */
  audienceRole: string | null;
}

export type TaskAction = 'task.read' | 'task.close';

type Decision = { allowed: true } | { allowed: false; reason: string };

/** The parts of an actor a task decision reads (also used for team members who are not logged in). */
export type TaskActor = Pick<Actor, 'userId' | 'tenantId' | 'teamId' | 'role'>;

/**
 * A task is seen and closed by its assignee: the user, or for a team task a member of that team
 * (in the task's audience role, when it has one) and always the team lead of that team.
 */
export function decideTask(actor: TaskActor, _action: TaskAction, facts: TaskFacts): Decision {
  if (actor.tenantId !== facts.tenantId) return { allowed: false, reason: 'other_tenant' };
  if (facts.assigneeUserId !== null) {
    return facts.assigneeUserId === actor.userId
      ? { allowed: true }
      : { allowed: false, reason: 'not_assignee' };
  }
  if (facts.assigneeTeamId === null || facts.assigneeTeamId !== actor.teamId) {
    return { allowed: false, reason: 'not_in_team' };
  }
  if (actor.role === 'team_lead') return { allowed: true };
  if (facts.audienceRole !== null && facts.audienceRole !== actor.role) {
    return { allowed: false, reason: 'not_audience_role' };
  }
  return { allowed: true };
}

/**
 * The same rule as a filter: which assignments an actor's task list covers (their own user id,
 * and their team for the roles that see the team's tasks).
 */
export function taskAudience(actor: TaskActor): {
  userId: string;
  teamId: string | null;
  role: string;
  lead: boolean;
} {
  return {
    userId: actor.userId,
    teamId: actor.teamId,
    role: actor.role,
    lead: actor.role === 'team_lead',
  };
}
