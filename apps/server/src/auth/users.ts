import { OrganisationKind, Role, type SessionUser } from '@een-plan/contracts';
import { type AnyColumn, and, asc, eq, inArray, isNotNull, ne, notLike, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { preparedOnce } from '../db/prepared.ts';
import { householdOfPersonNow } from '../households/membership.ts';
import type { Actor } from '../policy/actor.ts';
import { organisationNameOf, organisationOf, tenantNameOf } from '../tenancy/fragments.ts';
import { SYSTEM_USER_PREFIX } from './api-clients.ts';
import { appUser } from './schema.ts';

export async function findUser(db: Executor, tenantId: string, userId: string) {
  const [row] = await db
    .select()
    .from(appUser)
    .where(and(eq(appUser.tenantId, tenantId), eq(appUser.id, userId)))
    .limit(1);
  return row;
}

/** Every tenant's account with this user id: who a failed demo login was aimed at. */
export async function findUsersById(db: Executor, userId: string) {
  return db
    .select({ tenantId: appUser.tenantId, userId: appUser.id })
    .from(appUser)
    .where(eq(appUser.id, userId));
}

/** Users that appear on the development login page (they have a demo description). */
export async function listDemoUsers(db: Executor) {
  return db
    .select({
      id: appUser.id,
      tenantId: appUser.tenantId,
      displayName: appUser.displayName,
      role: appUser.role,
      organisationName: organisationNameOf(appUser.tenantId, appUser.organisationId),
      description: appUser.demoDescription,
    })
    .from(appUser)
    .where(isNotNull(appUser.demoDescription))
    .orderBy(asc(appUser.tenantId), asc(appUser.id));
}

/** Links an OpenID Connect subject to exactly one Eén Plan user. */
export async function findUsersByOidcSubject(db: Executor, subject: string) {
  return db.select().from(appUser).where(eq(appUser.oidcSubject, subject)).limit(2);
}

/**
 * The tenant's name, the organisation and the resident's household beside the user: one prepared
 * statement, one round trip (`/api/auth/session` runs on every page load). The organisation and the
 * person are the actor's, as the session cache holds them.
 */
const sessionUserStatement = (db: Executor) =>
  db
    .select({
      tenantName: tenantNameOf(appUser.tenantId),
      organisation: organisationOf(appUser.tenantId, sql`${sql.placeholder('organisationId')}`),
      householdId: householdOfPersonNow(appUser.tenantId, sql`${sql.placeholder('personId')}`),
    })
    .from(appUser)
    .where(and(eq(appUser.tenantId, sql.placeholder('tenantId')), eq(appUser.id, sql.placeholder('userId'))))
    .limit(1)
    .prepare('session_user');

export async function describeSessionUser(db: Executor, actor: Actor): Promise<SessionUser> {
  const [row] = await preparedOnce(db, 'session_user', sessionUserStatement).execute({
    tenantId: actor.tenantId,
    userId: actor.userId,
    organisationId: actor.organisationId || null,
    personId: actor.personId || null,
  });
  const org = row?.organisation;
  return {
    id: actor.userId,
    displayName: actor.displayName,
    role: Role.parse(actor.role),
    tenantId: actor.tenantId,
    tenantName: row?.tenantName ?? actor.tenantId,
    organisation: org ? { id: org.id, name: org.name, kind: OrganisationKind.parse(org.kind) } : null,
    teamId: actor.teamId,
    householdId: row?.householdId ?? null,
  };
}

/**
 * The display name of a user next to another module's row, in the same query: `.leftJoin(j.table, j.on)`
 * and select `j.displayName`. Read-only; the join is auth's to define, so the row's owner never names
 * the user table's columns.
 */
export function userNameJoin(
  tenantId: AnyColumn,
  userId: AnyColumn,
): {
  table: typeof appUser;
  on: SQL;
  displayName: typeof appUser.displayName;
} {
  return {
    table: appUser,
    on: and(eq(appUser.tenantId, tenantId), eq(appUser.id, userId)) as SQL,
    displayName: appUser.displayName,
  };
}

/** Display names (and e-mail) of these users, for showing who did or coordinates something. */
export async function findUserNames(db: Executor, tenantId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({ id: appUser.id, displayName: appUser.displayName, email: appUser.email })
    .from(appUser)
    .where(and(eq(appUser.tenantId, tenantId), inArray(appUser.id, [...userIds])))
    .limit(userIds.length);
}

/** The team's coordinators, by name (assigning a signal or a household). */
export async function listCoordinatorsOfTeam(db: Executor, tenantId: string, teamId: string) {
  return db
    .select({ id: appUser.id, displayName: appUser.displayName })
    .from(appUser)
    .where(and(eq(appUser.tenantId, tenantId), eq(appUser.teamId, teamId), eq(appUser.role, 'coordinator')))
    .orderBy(asc(appUser.displayName))
    .limit(200);
}

/** Whether this user is a coordinator of this team (a signal may only go to its own team's coordinator). */
export async function isCoordinatorOfTeam(db: Executor, tenantId: string, userId: string, teamId: string) {
  const [row] = await db
    .select({ id: appUser.id })
    .from(appUser)
    .where(
      and(
        eq(appUser.tenantId, tenantId),
        eq(appUser.id, userId),
        eq(appUser.role, 'coordinator'),
        eq(appUser.teamId, teamId),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** The users of a team (for routing a team's task notifications). */
const memberColumns = {
  id: appUser.id,
  role: appUser.role,
  teamId: appUser.teamId,
  organisationId: appUser.organisationId,
};

export async function listTeamUsers(db: Executor, tenantId: string, teamId: string) {
  return db
    .select(memberColumns)
    .from(appUser)
    .where(and(eq(appUser.tenantId, tenantId), eq(appUser.teamId, teamId)))
    .limit(500);
}

/** The users of one organisation (the task policy then picks who a task of it reaches). */
export async function listOrganisationUsers(db: Executor, tenantId: string, organisationId: string) {
  return db
    .select(memberColumns)
    .from(appUser)
    .where(and(eq(appUser.tenantId, tenantId), eq(appUser.organisationId, organisationId)))
    .limit(500);
}

/** Users' e-mail addresses (for the digest; the address is never logged). */
export async function userEmails(db: Executor, tenantId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({ id: appUser.id, email: appUser.email })
    .from(appUser)
    .where(and(eq(appUser.tenantId, tenantId), inArray(appUser.id, [...userIds])))
    .limit(userIds.length);
}

/** Names of those of these users who are professionals (not residents): who may own a plan action. */
export async function findProfessionalNames(db: Executor, tenantId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({ id: appUser.id, displayName: appUser.displayName })
    .from(appUser)
    .where(
      and(eq(appUser.tenantId, tenantId), inArray(appUser.id, [...userIds]), ne(appUser.role, 'resident')),
    )
    .limit(userIds.length);
}

/** The tenant's coordinators and team leads by name (owners to choose for a plan action). */
export async function listCaseworkers(db: Executor, tenantId: string) {
  return db
    .select({ id: appUser.id, displayName: appUser.displayName })
    .from(appUser)
    .where(and(eq(appUser.tenantId, tenantId), inArray(appUser.role, ['coordinator', 'team_lead'])))
    .orderBy(asc(appUser.displayName))
    .limit(200);
}

/**
 * The users holding a role in a tenant, by id, with their organisation (e.g. who receives Veilig
 * Thuis's triage tasks, or a provider's reservations to answer).
 */
export async function listUsersWithRole(db: Executor, tenantId: string, role: SessionUser['role']) {
  return db
    .select({ id: appUser.id, organisationId: appUser.organisationId })
    .from(appUser)
    .where(
      and(
        eq(appUser.tenantId, tenantId),
        eq(appUser.role, role),
        // A provider system's key acts as a provider user; a person, not a system, does the work.
        notLike(appUser.id, `${SYSTEM_USER_PREFIX}%`),
      ),
    )
    .orderBy(asc(appUser.id))
    .limit(200);
}

/** The team's lead who reviews a break-glass opening: the first by id, undefined without one. */
export async function findTeamLead(db: Executor, tenantId: string, teamId: string) {
  const [row] = await db
    .select({ id: appUser.id })
    .from(appUser)
    .where(and(eq(appUser.tenantId, tenantId), eq(appUser.teamId, teamId), eq(appUser.role, 'team_lead')))
    .orderBy(asc(appUser.id))
    .limit(1);
  return row;
}

/**
 * The actor a user is when the server acts for them outside a request (`sessionId` says on which
 * occasion, e.g. a provider's confirmation of a coordinator's reservation); null for an unknown user.
 */
export async function actorOfUser(
  db: Executor,
  tenantId: string,
  userId: string,
  sessionId: string,
): Promise<Actor | null> {
  const u = await findUser(db, tenantId, userId);
  if (!u) return null;
  return {
    userId: u.id,
    sessionId,
    tenantId,
    role: u.role,
    displayName: u.displayName,
    organisationId: u.organisationId,
    teamId: u.teamId,
    personId: u.personId,
  };
}

/**
 * The actor a user is in the demo story (written through the same service
 * functions as the API, so every row and audit entry is real); null for an unknown user.
 */
export function demoActorOf(db: Executor, tenantId: string, userId: string): Promise<Actor | null> {
  return actorOfUser(db, tenantId, userId, 'demo-data');
}

/** The people (not systems) of a tenant with an organisation and one of these roles, by name. */
export async function listOrganisationPeople(db: Executor, tenantId: string, roles: readonly Role[]) {
  return db
    .select({
      id: appUser.id,
      displayName: appUser.displayName,
      role: appUser.role,
      organisationId: appUser.organisationId,
    })
    .from(appUser)
    .where(
      and(
        eq(appUser.tenantId, tenantId),
        inArray(appUser.role, [...roles]),
        isNotNull(appUser.organisationId),
        notLike(appUser.id, `${SYSTEM_USER_PREFIX}%`),
      ),
    )
    .orderBy(asc(appUser.displayName))
    .limit(1000);
}
