import { listProfessionalsOfOrganisations, listResidentUsersOfPersons } from '../auth/grantee-users.ts';
import type { Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { PROFESSIONAL_GRANTEE_ROLES } from '../policy/decide-consent-manage.ts';
// Who may be named is the policy's rule; re-exported for the callers that import it from here.

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
  const professionals = await listProfessionalsOfOrganisations(
    db,
    t,
    organisationIds,
    PROFESSIONAL_GRANTEE_ROLES,
  );
  const family = await listResidentUsersOfPersons(db, t, memberPersonIds, actor.userId);
  return [
    ...professionals.map((p) => ({ ...p, family: false })),
    ...family.map((f) => ({ ...f, organisationId: null, family: true })),
  ];
}
