import { randomUUID } from 'node:crypto';
import type { Place, PlaceInput, PlaceType, PlaceUpdate } from '@een-plan/contracts';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { listContracts } from '../assignments/service.ts';
import { type AuditEvent, recordAudit } from '../audit/record.ts';
import type { Db, Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/authorize.ts';
import { decidePlace, publishingOrganisation } from '../policy/decide-placement.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { amsterdamDate } from '../referrals/working-days.ts';
import { findOrganisation } from '../tenancy/organisations.ts';
import { centreOf } from './geo.ts';
import { announcePlaceChanges } from './live.ts';
import { categoriesOf, toPlace, typeRank } from './place-types.ts';
import { placementPlace } from './schema.ts';

const attempt = (action: string, id: string) => ({
  action,
  subjectType: 'placement_place',
  subjectId: id,
  dataCategory: 'placement',
  purpose: 'placement',
});

/** The audit row of one attempt on a place (the refusals of `authorize` write their own). */
function auditPlace(
  db: Executor,
  actor: Actor,
  outcome: 'success' | 'denied',
  action: string,
  id: string,
  ctx: RequestOrigin,
  details?: AuditEvent['details'],
) {
  return recordAudit(db, {
    tenantId: actor.tenantId,
    actor,
    outcome,
    ...attempt(action, id),
    ...ctx,
    ...(details ? { details } : {}),
  });
}

/**
 * The JZ020 category this organisation is contracted for with this type on `day`: the contract
 * decides who may publish what. Null when no valid contract product covers the type.
 */
async function contractedCategory(
  db: Executor,
  tenantId: string,
  organisationId: string,
  type: PlaceType,
  day: string,
): Promise<string | null> {
  const wanted = categoriesOf(type);
  const contracts = (await listContracts(db, tenantId)).filter(
    (c) =>
      c.organisationId === organisationId &&
      c.validFrom <= day &&
      (c.validUntil === null || c.validUntil >= day),
  );
  for (const category of wanted) {
    if (contracts.some((c) => c.products.some((p) => p.productCategory === category))) return category;
  }
  return null;
}

async function organisationName(db: Executor, tenantId: string, id: string): Promise<string> {
  return (await findOrganisation(db, tenantId, id))?.name ?? '';
}

/** Publishes a place for the actor's own organisation, if its contract covers the type. */
export async function publishPlace(
  db: Db,
  actor: Actor,
  input: z.output<typeof PlaceInput>,
  ctx: RequestOrigin,
  opts: { id?: string; now?: Date } = {},
): Promise<Place> {
  const now = opts.now ?? new Date();
  const organisationId = publishingOrganisation(actor);
  const id = opts.id ?? `place-${randomUUID()}`;
  // Decided outside the write's transaction, so a refusal's audit row is never rolled back.
  await authorize(db, actor, ctx, {
    load: async () => (organisationId ? { tenantId: actor.tenantId, organisationId } : null),
    decide: (facts) => decidePlace(actor, 'place.maintain', facts),
    attempt: attempt('placement.publish', id),
  });
  const orgId = organisationId as string;
  const category = await contractedCategory(db, actor.tenantId, orgId, input.placeType, amsterdamDate(now));
  if (!category) {
    await auditPlace(db, actor, 'denied', 'placement.publish', id, ctx, {
      reason: 'type_not_contracted',
      placeType: input.placeType,
    });
    throw new ProblemError('placement_type_not_contracted');
  }
  const centre = centreOf(input.postcode);
  const row = await db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(placementPlace)
      .values({
        tenantId: actor.tenantId,
        id,
        organisationId: orgId,
        placeType: input.placeType,
        typeRank: typeRank(input.placeType),
        productCategory: category,
        minAge: input.minAge,
        maxAge: input.maxAge,
        postcode: input.postcode,
        region: input.region,
        lat: centre.lat,
        lon: centre.lon,
        availableFrom: input.availableFrom,
        availableUntil: input.availableUntil,
        placesTotal: input.places,
        notes: input.notes,
        createdBy: actor.userId,
        createdAt: now,
        confirmedAt: now,
      })
      .returning();
    await auditPlace(tx, actor, 'success', 'placement.publish', id, ctx, {
      placeType: input.placeType,
      places: input.places,
      category,
    });
    return inserted as typeof placementPlace.$inferSelect;
  });
  await announcePlaceChanges(db, actor.tenantId, [{ placeId: id, free: row.placesTotal }]);
  return toPlace(row, await organisationName(db, actor.tenantId, row.organisationId), now);
}

/** Refuses (audited, outside any transaction) unless the place is the actor's own. */
async function authorizeOwnPlace(db: Db, actor: Actor, id: string, action: string, ctx: RequestOrigin) {
  await authorize(db, actor, ctx, {
    load: async () => {
      const [row] = await db
        .select({ tenantId: placementPlace.tenantId, organisationId: placementPlace.organisationId })
        .from(placementPlace)
        .where(
          and(
            eq(placementPlace.tenantId, actor.tenantId),
            eq(placementPlace.id, id),
            isNull(placementPlace.withdrawnAt),
          ),
        )
        .limit(1);
      return row ?? null;
    },
    decide: (row) => decidePlace(actor, 'place.maintain', row),
    attempt: attempt(action, id),
    answer: 'not_found',
  });
}

/** The place's row under lock: its counters change only one transaction at a time. */
export async function lockPlace(tx: Executor, tenantId: string, id: string) {
  const [row] = await tx
    .select()
    .from(placementPlace)
    .where(and(eq(placementPlace.tenantId, tenantId), eq(placementPlace.id, id)))
    .for('update')
    .limit(1);
  if (!row) throw new ProblemError('not_found');
  return row;
}

type PlaceRow = typeof placementPlace.$inferSelect;

/**
 * One change to the actor's own place: refused (audited) unless it is theirs, then under the row's
 * lock `change` decides the new values (or throws), and the change is saved, confirmed (`now`),
 * audited and announced to the live search.
 */
async function changePlace(
  db: Db,
  actor: Actor,
  id: string,
  action: string,
  ctx: RequestOrigin,
  now: Date,
  change: (place: PlaceRow) => { set?: Partial<PlaceRow>; details?: AuditEvent['details'] },
): Promise<Place> {
  await authorizeOwnPlace(db, actor, id, action, ctx);
  const row = await db.transaction(async (tx) => {
    const place = await lockPlace(tx, actor.tenantId, id);
    const { set, details } = change(place);
    const [updated] = await tx
      .update(placementPlace)
      .set({ ...set, confirmedAt: now, version: place.version + 1 })
      .where(and(eq(placementPlace.tenantId, actor.tenantId), eq(placementPlace.id, id)))
      .returning();
    await auditPlace(tx, actor, 'success', action, id, ctx, details);
    return updated as PlaceRow;
  });
  const place = toPlace(row, await organisationName(db, actor.tenantId, row.organisationId), now);
  await announcePlaceChanges(db, actor.tenantId, [{ placeId: id, free: place.free }]);
  return place;
}

/**
 * Changes the number of places, the end date or the notes; every change is also a confirmation
 * that the place is current. Fewer places than are reserved and occupied is refused.
 */
export function updatePlace(
  db: Db,
  actor: Actor,
  id: string,
  input: PlaceUpdate,
  ctx: RequestOrigin,
  now = new Date(),
): Promise<Place> {
  return changePlace(db, actor, id, 'placement.update', ctx, now, (place) => {
    if (place.version !== input.version) {
      throw new ProblemError('version_conflict', undefined, undefined, place.version);
    }
    const total = input.places ?? place.placesTotal;
    if (total < place.placesReserved + place.placesOccupied)
      throw new ProblemError('placement_places_in_use');
    const until = input.availableUntil === undefined ? place.availableUntil : input.availableUntil;
    if (until !== null && until < place.availableFrom) throw new ProblemError('validation_failed');
    return {
      set: { placesTotal: total, availableUntil: until, notes: input.notes ?? place.notes },
      details: { places: total, availableUntil: until },
    };
  });
}

/** "Still right": the provider confirms a place as it is, which clears its stale mark. */
export function confirmPlace(db: Db, actor: Actor, id: string, ctx: RequestOrigin, now = new Date()) {
  return changePlace(db, actor, id, 'placement.confirm', ctx, now, () => ({}));
}

/** The provider's own published places, stale ones first so they are confirmed. */
export async function listOwnPlaces(db: Executor, actor: Actor, now = new Date()): Promise<Place[]> {
  const organisationId = publishingOrganisation(actor);
  if (!organisationId) return [];
  const rows = await db
    .select()
    .from(placementPlace)
    .where(
      and(
        eq(placementPlace.tenantId, actor.tenantId),
        eq(placementPlace.organisationId, organisationId),
        isNull(placementPlace.withdrawnAt),
      ),
    )
    .orderBy(asc(placementPlace.confirmedAt))
    .limit(500);
  const name = await organisationName(db, actor.tenantId, organisationId);
  return rows.map((r) => toPlace(r, name, now));
}
