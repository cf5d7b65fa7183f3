/**
 * The administrator designates and undesignates aandachtsfunctionarissen (decision 0018): a
 * professional of an organisation, in a role that works with families. Each change is audited;
 * the list shows the organisations that have such professionals.
 */
import type { DesignationAdminList } from '@een-plan/contracts';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record.ts';
import { listOrganisationPeople } from '../auth/users.ts';
import type { Db } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { organisationNames } from '../tenancy/organisations.ts';
import { DESIGNABLE_ROLES } from './designations.ts';
import { meldcodeDesignee } from './schema.ts';

export async function listDesignationsForAdmin(db: Db, tenantId: string): Promise<DesignationAdminList> {
  const [people, rows] = await Promise.all([
    listOrganisationPeople(db, tenantId, DESIGNABLE_ROLES),
    db.select().from(meldcodeDesignee).where(eq(meldcodeDesignee.tenantId, tenantId)).limit(1000),
  ]);
  const names = await organisationNames(
    db,
    tenantId,
    people.flatMap((p) => (p.organisationId ? [p.organisationId] : [])),
  );
  const since = new Map(rows.map((r) => [`${r.organisationId}/${r.userId}`, r.designatedAt.toISOString()]));
  return {
    organisations: [...names]
      .sort(([, a], [, b]) => a.localeCompare(b, 'nl'))
      .map(([id, name]) => ({
        id,
        name,
        people: people
          .filter((p) => p.organisationId === id)
          .map((p) => ({
            userId: p.id,
            displayName: p.displayName,
            role: p.role,
            designatedAt: since.get(`${id}/${p.id}`) ?? null,
          })),
      })),
  };
}

/** Designates (or ends the designation of) one professional of the organisation; audited. */
export async function setDesignation(
  db: Db,
  actor: Actor,
  origin: RequestOrigin,
  organisationId: string,
  userId: string,
  designated: boolean,
): Promise<DesignationAdminList> {
  const people = await listOrganisationPeople(db, actor.tenantId, DESIGNABLE_ROLES);
  if (!people.some((p) => p.id === userId && p.organisationId === organisationId)) {
    throw new ProblemError('designation_not_in_organisation');
  }
  await db.transaction(async (tx) => {
    const key = and(
      eq(meldcodeDesignee.tenantId, actor.tenantId),
      eq(meldcodeDesignee.organisationId, organisationId),
      eq(meldcodeDesignee.userId, userId),
    );
    const changed = designated
      ? await tx
          .insert(meldcodeDesignee)
          .values({ tenantId: actor.tenantId, organisationId, userId })
          .onConflictDoNothing()
          .returning({ userId: meldcodeDesignee.userId })
      : await tx.delete(meldcodeDesignee).where(key).returning({ userId: meldcodeDesignee.userId });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: designated ? 'meldcode_designation.grant' : 'meldcode_designation.revoke',
      outcome: 'success',
      subjectType: 'user',
      subjectId: userId,
      dataCategory: 'safety',
      purpose: 'administration',
      ...origin,
      details: { organisationId, changed: changed.length > 0 },
    });
  });
  return listDesignationsForAdmin(db, actor.tenantId);
}
