import { type Actor, isSystemUser } from './actor.ts';

/** The facts a task decision needs: who it is assigned to. */
interface TaskFacts {
  tenantId: string;
  assigneeUserId: string | null;
  assigneeTeamId: string | null;
  /** For an organisation's task (a provider has no teams): its people in the audience role. */
  assigneeOrganisationId: string | null;
  /** For a team or organisation task: the role it is for (null: anyone in it). */
  audienceRole: string | null;
}

type TaskAction = 'task.read' | 'task.close';

type Decision = { allowed: true } | { allowed: false; reason: string };

/** The parts of an actor a task decision reads (also used for team members who are not logged in). */
type TaskActor = Pick<Actor, 'userId' | 'tenantId' | 'teamId' | 'role' | 'organisationId'>;

/**
 * A task is seen and closed by its assignee: the user, or for a team task a member of that team
 * (in the task's audience role, when it has one) and always the team lead of that team, or for an
 * organisation's task every person of that organisation in the audience role — never a system key.
 */
export function decideTask(actor: TaskActor, _action: TaskAction, facts: TaskFacts): Decision {
  if (actor.tenantId !== facts.tenantId) return { allowed: false, reason: 'other_tenant' };
  if (facts.assigneeUserId !== null) {
    return facts.assigneeUserId === actor.userId
      ? { allowed: true }
      : { allowed: false, reason: 'not_assignee' };
  }
  if (facts.assigneeOrganisationId !== null) {
    if (facts.assigneeOrganisationId !== actor.organisationId)
      return { allowed: false, reason: 'not_in_organisation' };
    if (isSystemUser(actor.userId)) return { allowed: false, reason: 'system_user' };
    if (facts.audienceRole !== null && facts.audienceRole !== actor.role) {
      return { allowed: false, reason: 'not_audience_role' };
    }
    return { allowed: true };
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
  /** The organisation whose tasks the actor sees (null for a system key: it gets none). */
  organisationId: string | null;
  role: string;
  lead: boolean;
} {
  return {
    userId: actor.userId,
    teamId: actor.teamId,
    organisationId: isSystemUser(actor.userId) ? null : actor.organisationId,
    role: actor.role,
    lead: actor.role === 'team_lead',
  };
}
