import { randomUUID } from 'node:crypto';
import type { ReservationAnswer, ReservationInput } from '@een-plan/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { createAssignment, listContracts } from '../assignments/service.ts';
import { recordAudit } from '../audit/record.ts';
import { actorOfUser } from '../auth/users.ts';
import type { Db, Executor } from '../db/database.ts';
import { findBirthDate, findHouseholdFacts } from '../households/membership.ts';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from '../policy/actor.ts';
import { authorize } from '../policy/authorize.ts';
import { ageOn } from '../policy/decide-consent.ts';
import { decidePlace } from '../policy/decide-placement.ts';
import { decidePlan } from '../policy/decide-plan.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { placeOfReservation } from './joins.ts';
import { announcePlaceChanges } from './live.ts';
import { lockPlace } from './places.ts';
import { scheduleExpiry } from './reservation-expiry.ts';
import { placementPlace, placementReservation } from './schema.ts';
import { placementSettings } from './settings.ts';

const HOUR_MS = 3_600_000;
/** A placement is assigned as 7 etmalen (day-and-night) a week: WJ756 per the contract, WMO757 "2" = week. */
const NIGHTS_PER_WEEK = 7;
const PER_WEEK = '2';
/** COD327 01: referred by the municipality (the coordinator). */
const REFERRER_MUNICIPALITY = '01';

const freeOf = (p: typeof placementPlace.$inferSelect) => p.placesTotal - p.placesReserved - p.placesOccupied;

/**
 * Holds one place for one youth until the provider answers or the hold expires. The place's row is
 * locked and its counter only moves when a place is still free, so of two coordinators reaching
 * for the last place one gets it and the other a 409 — on PostgreSQL as on PGlite.
 */
export async function reservePlace(
  db: Db,
  actor: Actor,
  placeId: string,
  input: z.output<typeof ReservationInput>,
  ctx: RequestOrigin,
  now = new Date(),
): Promise<{ id: string; expiresAt: string }> {
  // Decided outside the write's transaction, so a refusal's audit row is never rolled back.
  const { facts } = await authorize(db, actor, ctx, {
    load: () => findHouseholdFacts(db, actor.tenantId, input.householdId),
    decide: (h) => decidePlan(actor, 'plan.edit', { tenantId: actor.tenantId, ...h }),
    attempt: {
      action: 'placement.reserve',
      subjectType: 'household',
      subjectId: input.householdId,
      dataCategory: 'placement',
      purpose: 'placement',
    },
    answer: 'not_found',
  });
  if (!facts.memberPersonIds.includes(input.personId)) throw new ProblemError('assignment_person_not_member');
  const birthDate = await findBirthDate(db, actor.tenantId, input.personId);
  const { reservationHours } = await placementSettings(db, actor.tenantId);
  const id = randomUUID();
  const expiresAt = new Date(now.getTime() + reservationHours * HOUR_MS);
  const free = await db.transaction(async (tx) => {
    const place = await lockPlace(tx, actor.tenantId, placeId);
    if (place.withdrawnAt) throw new ProblemError('not_found');
    if (place.placeType === 'closed' && !(input.measure && input.measureReference)) {
      throw new ProblemError('placement_measure_required');
    }
    const age = birthDate ? ageOn(birthDate, input.startDate) : null;
    if (age === null || age < place.minAge || age > place.maxAge)
      throw new ProblemError('placement_age_outside');
    if (freeOf(place) <= 0) throw new ProblemError('placement_not_available');
    await tx
      .update(placementPlace)
      .set({ placesReserved: sql`${placementPlace.placesReserved} + 1` })
      .where(and(eq(placementPlace.tenantId, actor.tenantId), eq(placementPlace.id, placeId)));
    await tx.insert(placementReservation).values({
      tenantId: actor.tenantId,
      id,
      placeId,
      householdId: input.householdId,
      personId: input.personId,
      planActionId: input.planActionId,
      startDate: input.startDate,
      endDate: input.endDate,
      measure: input.measure ?? null,
      measureReference: input.measureReference ?? null,
      status: 'held',
      reservedBy: actor.userId,
      reservedAt: now,
      expiresAt,
    });
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action: 'placement.reserve',
      outcome: 'success',
      subjectType: 'household',
      subjectId: input.householdId,
      dataCategory: 'placement',
      purpose: 'placement',
      ...ctx,
      details: { reservationId: id, placeId, expiresAt: expiresAt.toISOString() },
    });
    return freeOf(place) - 1;
  });
  await announcePlaceChanges(db, actor.tenantId, [{ placeId, free }]);
  await scheduleExpiry(id, expiresAt);
  return { id, expiresAt: expiresAt.toISOString() };
}

/** The reservation's row under lock: answering and cancelling happen one at a time. */
export async function lockReservation(tx: Executor, tenantId: string, id: string) {
  const [r] = await tx
    .select()
    .from(placementReservation)
    .where(and(eq(placementReservation.tenantId, tenantId), eq(placementReservation.id, id)))
    .for('update')
    .limit(1);
  if (!r) throw new ProblemError('not_found');
  return r;
}

/** The coordinator who reserved, as the actor of the assignment the confirmation creates. */
async function reserverActor(tx: Executor, tenantId: string, userId: string): Promise<Actor> {
  const actor = await actorOfUser(tx, tenantId, userId, 'placement-confirmation');
  if (!actor) throw new ProblemError('not_found');
  return actor;
}

/** The contract product the place is assigned under: its category, valid on the start date. */
async function placementProduct(
  tx: Executor,
  tenantId: string,
  organisationId: string,
  category: string,
  day: string,
) {
  for (const c of await listContracts(tx, tenantId)) {
    if (
      c.organisationId !== organisationId ||
      c.validFrom > day ||
      (c.validUntil !== null && c.validUntil < day)
    )
      continue;
    const product = c.products.find((p) => p.productCategory === category);
    if (product) return product;
  }
  throw new ProblemError('assignment_product_not_contracted');
}

/**
 * The provider confirms (the reservation becomes an assignment: JW301 through the assignments
 * module, and the place turns from reserved to occupied, in one transaction) or declines (the
 * place is free again).
 */
export async function answerReservation(
  db: Db,
  actor: Actor,
  id: string,
  answer: ReservationAnswer,
  ctx: RequestOrigin,
  now = new Date(),
): Promise<{ status: 'confirmed' | 'declined'; assignmentId: string | null }> {
  const action = answer.confirm ? 'placement.reservation_confirm' : 'placement.reservation_decline';
  await authorize(db, actor, ctx, {
    load: async () => {
      const [row] = await db
        .select({ tenantId: placementPlace.tenantId, organisationId: placementPlace.organisationId })
        .from(placementReservation)
        .innerJoin(placementPlace, placeOfReservation)
        .where(and(eq(placementReservation.tenantId, actor.tenantId), eq(placementReservation.id, id)))
        .limit(1);
      return row ?? null;
    },
    decide: (f) => decidePlace(actor, 'reservation.answer', f),
    attempt: {
      action,
      subjectType: 'placement_reservation',
      subjectId: id,
      dataCategory: 'placement',
      purpose: 'placement',
    },
    answer: 'not_found',
  });
  const result = await db.transaction(async (tx) => {
    const r = await lockReservation(tx, actor.tenantId, id);
    if (r.status !== 'held' || r.expiresAt.getTime() <= now.getTime()) {
      throw new ProblemError('placement_reservation_not_held');
    }
    const place = await lockPlace(tx, actor.tenantId, r.placeId);
    let assignmentId: string | null = null;
    if (answer.confirm) {
      const coordinator = await reserverActor(tx, actor.tenantId, r.reservedBy);
      const product = await placementProduct(
        tx,
        actor.tenantId,
        place.organisationId,
        place.productCategory,
        r.startDate,
      );
      const created = await createAssignment(
        tx,
        coordinator,
        r.householdId,
        {
          planActionId: r.planActionId,
          personId: r.personId,
          contractProductId: product.id,
          volume: NIGHTS_PER_WEEK,
          frequency: PER_WEEK,
          startDate: r.startDate,
          endDate: r.endDate,
          referrerType: REFERRER_MUNICIPALITY,
        },
        ctx,
        { now },
      );
      assignmentId = created.id;
    }
    await tx
      .update(placementPlace)
      .set({
        placesReserved: sql`${placementPlace.placesReserved} - 1`,
        ...(answer.confirm ? { placesOccupied: sql`${placementPlace.placesOccupied} + 1` } : {}),
        // Answering is the provider looking at the place: it counts as a confirmation.
        confirmedAt: now,
      })
      .where(and(eq(placementPlace.tenantId, actor.tenantId), eq(placementPlace.id, r.placeId)));
    await tx
      .update(placementReservation)
      .set({
        status: answer.confirm ? 'confirmed' : 'declined',
        answeredBy: actor.userId,
        answeredAt: now,
        declineReason: answer.confirm ? null : (answer.reason ?? null),
        assignmentId,
      })
      .where(and(eq(placementReservation.tenantId, actor.tenantId), eq(placementReservation.id, id)));
    await recordAudit(tx, {
      tenantId: actor.tenantId,
      actor,
      action,
      outcome: 'success',
      subjectType: 'placement_reservation',
      subjectId: id,
      dataCategory: 'placement',
      purpose: 'placement',
      ...ctx,
      details: { placeId: r.placeId, assignmentId },
    });
    return { placeId: r.placeId, free: freeOf(place) + (answer.confirm ? 0 : 1), assignmentId };
  });
  await announcePlaceChanges(db, actor.tenantId, [{ placeId: result.placeId, free: result.free }]);
  return { status: answer.confirm ? 'confirmed' : 'declined', assignmentId: result.assignmentId };
}
