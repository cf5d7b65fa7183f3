/**
 * The users a consent may name, for the consent module: professionals of listed organisations,
 * fellow household members with a login, and one user's role and person (to check a named
 * grantee). Names only, never contact details.
 */
import type { Role } from '@een-plan/contracts';
import { and, asc, eq, inArray, ne, notLike } from 'drizzle-orm';
import type { Executor } from '../db/database.ts';
import { SYSTEM_USER_PREFIX } from './api-clients.ts';
import { appUser } from './schema.ts';

/** Users with one of these roles in these organisations, by name (at most 500). */
export async function listProfessionalsOfOrganisations(
  db: Executor,
  tenantId: string,
  organisationIds: readonly string[],
  roles: readonly Role[],
) {
  if (organisationIds.length === 0 || roles.length === 0) return [];
  return db
    .select({ userId: appUser.id, name: appUser.displayName, organisationId: appUser.organisationId })
    .from(appUser)
    .where(
      and(
        eq(appUser.tenantId, tenantId),
        inArray(appUser.role, [...roles]),
        inArray(appUser.organisationId, [...organisationIds]),
        // The system users behind provider API keys are not people to entrust a dossier to.
        notLike(appUser.id, `${SYSTEM_USER_PREFIX}%`),
      ),
    )
    .orderBy(asc(appUser.displayName))
    .limit(500);
}

/** The resident logins of these persons except one user (a household member's family), by name. */
export async function listResidentUsersOfPersons(
  db: Executor,
  tenantId: string,
  personIds: readonly string[],
  exceptUserId: string,
) {
  if (personIds.length === 0) return [];
  return db
    .select({ userId: appUser.id, name: appUser.displayName })
    .from(appUser)
    .where(
      and(
        eq(appUser.tenantId, tenantId),
        eq(appUser.role, 'resident'),
        inArray(appUser.personId, [...personIds]),
        ne(appUser.id, exceptUserId),
      ),
    )
    .orderBy(asc(appUser.displayName))
    .limit(20);
}

/** One user's role and the person behind the login (null for a professional); undefined if unknown. */
export async function findUserRoleAndPerson(db: Executor, tenantId: string, userId: string) {
  const [row] = await db
    .select({ role: appUser.role, personId: appUser.personId })
    .from(appUser)
    .where(and(eq(appUser.tenantId, tenantId), eq(appUser.id, userId)))
    .limit(1);
  return row;
}
