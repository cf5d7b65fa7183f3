import type { Reservation } from '@een-plan/contracts';
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { recordAccess } from '../audit/record.ts';
import type { Executor } from '../db/database.ts';
import { currentMembers } from '../households/membership.ts';
import type { Actor } from '../policy/actor.ts';
import { publishingOrganisation } from '../policy/decide-placement.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { organisationNameOf } from '../tenancy/fragments.ts';
import { placeOfReservation } from './joins.ts';
import { placementPlace, placementReservation } from './schema.ts';

async function reservationsWhere(
  db: Executor,
  tenantId: string,
  where: SQL | undefined,
): Promise<Reservation[]> {
  const rows = await db
    .select({
      r: placementReservation,
      placeType: placementPlace.placeType,
      organisationId: placementPlace.organisationId,
      organisationName: organisationNameOf<string>(placementPlace.tenantId, placementPlace.organisationId),
    })
    .from(placementReservation)
    .innerJoin(placementPlace, placeOfReservation)
    .where(and(eq(placementReservation.tenantId, tenantId), where))
    .orderBy(desc(placementReservation.reservedAt))
    .limit(100);
  // First names only, per household (a handful of reservations, each a small household).
  const names = new Map<string, string>();
  for (const householdId of new Set(rows.map((x) => x.r.householdId))) {
    for (const m of await currentMembers(db, tenantId, householdId)) names.set(m.personId, m.firstName);
  }
  return rows.map(({ r, placeType, organisationId, organisationName }) => ({
    id: r.id,
    placeId: r.placeId,
    placeType,
    organisationId,
    organisationName,
    householdId: r.householdId,
    personFirstName: names.get(r.personId) ?? '',
    startDate: r.startDate,
    endDate: r.endDate,
    status: r.status,
    reservedAt: r.reservedAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    answeredAt: r.answeredAt?.toISOString() ?? null,
    assignmentId: r.assignmentId,
  }));
}

/**
 * The reservations this actor deals with: a provider's on its places (to answer), a coordinator's
 * own. The first names in it are personal data, so the read is in the audit log.
 */
export async function listReservations(
  db: Executor,
  actor: Actor,
  ctx: RequestOrigin,
): Promise<Reservation[]> {
  const organisationId = publishingOrganisation(actor);
  const list = organisationId
    ? await reservationsWhere(db, actor.tenantId, eq(placementPlace.organisationId, organisationId))
    : await reservationsWhere(db, actor.tenantId, eq(placementReservation.reservedBy, actor.userId));
  if (list.length > 0) {
    await recordAccess(
      db,
      actor,
      ctx,
      {
        action: 'placement.reservations_read',
        subjectType: organisationId ? 'organisation' : 'user',
        subjectId: organisationId ?? actor.userId,
        dataCategory: 'placement',
        purpose: 'placement',
      },
      { count: list.length },
    );
  }
  return list;
}
