import { and, asc, eq, inArray, ne, notLike } from 'drizzle-orm';
import { SYSTEM_USER_PREFIX } from '../auth/api-clients.ts';
import { appUser } from '../auth/schema.ts';
import type { Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { PROFESSIONAL_GRANTEE_ROLES } from '../policy/decide-consent-manage.ts';

// Who may be named is the policy's rule; re-exported for the callers that import it from here.
export { PROFESSIONAL_GRANTEE_ROLES };

/**
 * Who else a consent can name besides an organisation: one professional of a listed organisation,
 * or a fellow household member with a login (a 16+ youth letting a parent read along).
 * Names and organisations only — no contact details.
 */
export async function granteePeople(
  db: Executor,
  actor: Actor,
  organisationIds: readonly string[],
  memberPersonIds: readonly string[],
) {
  const t = actor.tenantId;
  const professionals = organisationIds.length
    ? await db
        .select({ userId: appUser.id, name: appUser.displayName, organisationId: appUser.organisationId })
        .from(appUser)
        .where(
          and(
            eq(appUser.tenantId, t),
            inArray(appUser.role, PROFESSIONAL_GRANTEE_ROLES),
            inArray(appUser.organisationId, [...organisationIds]),
            // The system users behind provider API keys are not people to entrust a dossier to.
            notLike(appUser.id, `${SYSTEM_USER_PREFIX}%`),
          ),
        )
        .orderBy(asc(appUser.displayName))
        .limit(500)
    : [];
  const family = memberPersonIds.length
    ? await db
        .select({ userId: appUser.id, name: appUser.displayName })
        .from(appUser)
        .where(
          and(
            eq(appUser.tenantId, t),
            eq(appUser.role, 'resident'),
            inArray(appUser.personId, [...memberPersonIds]),
            ne(appUser.id, actor.userId),
          ),
        )
        .orderBy(asc(appUser.displayName))
        .limit(20)
    : [];
  return [
    ...professionals.map((p) => ({ ...p, family: false })),
    ...family.map((f) => ({ ...f, organisationId: null, family: true })),
  ];
}
