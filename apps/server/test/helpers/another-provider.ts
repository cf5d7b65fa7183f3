import type { Database } from '../../src/db/database.ts';

/** A second youth-care provider with one user, to prove what one provider cannot see of another's. */
export async function addAnotherProvider(
  database: Database,
  ids: { organisationId: string; userId: string; agbCode: string },
): Promise<void> {
  await database.ownerQuery(
    `insert into organisation (tenant_id, id, name, kind, agb_code)
     values ('0394', $1, 'Andere Jeugdhulp', 'youth_care_provider', $2)`,
    [ids.organisationId, ids.agbCode],
  );
  await database.ownerQuery(
    `insert into app_user (tenant_id, id, display_name, role, organisation_id, demo_description)
     values ('0394', $1, 'Andere Aanbieder', 'provider', $2, 'test only')`,
    [ids.userId, ids.organisationId],
  );
}
