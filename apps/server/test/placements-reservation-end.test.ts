/**
 * How a held reservation ends — the provider confirms or declines, the coordinator cancels, or the
 * hold expires — and the provider's task to answer it, which lives exactly as long as the hold.
 */
import { describe, expect, it } from 'vitest';
import { createSession } from '../src/auth/sessions.ts';
import { expireReservations } from '../src/placements/reservation-expiry.ts';
import { amsterdamDate } from '../src/referrals/working-days.ts';
import { reconcileTasks } from '../src/tasks/reconcile.ts';
import { auditRows } from './helpers/audit-rows.ts';
import { dutchDay } from './helpers/dutch-day.ts';
import { appOfFile } from './helpers/file-app.ts';
import type { TestClient } from './helpers/test-app.ts';

const { app, as } = appOfFile();

async function publishedPlace(): Promise<string> {
  const res = await (await as('u-fatima')).request({
    method: 'POST',
    url: '/api/provider/places',
    payload: {
      placeType: 'foster_regular',
      minAge: 0,
      maxAge: 18,
      postcode: '2152',
      region: 'Haarlemmermeer',
      availableFrom: dutchDay(-1),
      availableUntil: null,
      places: 1,
      notes: '',
    },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

async function reserve(placeId: string): Promise<{ id: string; expiresAt: string }> {
  const res = await (await as('u-sanne')).request({
    method: 'POST',
    url: `/api/placements/${placeId}/reservations`,
    payload: {
      householdId: 'hh-jansen',
      personId: 'p-tom',
      planActionId: 'act-jansen-jeugdhulp',
      startDate: dutchDay(3),
      endDate: dutchDay(60),
    },
  });
  expect(res.statusCode).toBe(201);
  return res.json();
}

async function freeOf(placeId: string): Promise<number> {
  const [row] = await app().database.ownerQuery<{ free: number }>(
    'select places_total - places_reserved - places_occupied as free from placement_place where id = $1',
    [placeId],
  );
  return Number(row?.free);
}

type TaskJson = { kind: string; subjectId: string; link: string; dueDate: string; status: string };

async function fatimasTask(reservationId: string, status: 'open' | 'done'): Promise<TaskJson | undefined> {
  const res = await (await as('u-fatima')).request({ url: `/api/tasks?status=${status}&pageSize=100` });
  expect(res.statusCode).toBe(200);
  return (res.json().items as TaskJson[]).find((x) => x.subjectId === reservationId);
}

const cancel = (client: TestClient, id: string) =>
  client.request({ method: 'POST', url: `/api/placements/reservations/${id}/cancel` });

describe('the coordinator cancels a reservation', () => {
  it('frees the place in the same step, audited, and only while the reservation is held', async () => {
    const placeId = await publishedPlace();
    const held = await reserve(placeId);
    expect(await freeOf(placeId)).toBe(0);

    const sanne = await as('u-sanne');
    const res = await cancel(sanne, held.id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'cancelled' });
    expect(await freeOf(placeId)).toBe(1);
    const list = (await sanne.request({ url: '/api/placements/reservations' })).json().reservations;
    expect(list.find((r: { id: string }) => r.id === held.id)).toMatchObject({ status: 'cancelled' });
    expect(
      await auditRows(app().database, 'placement.reservation_cancel', { subjectId: held.id }),
    ).toMatchObject([{ outcome: 'success', actor_user_id: 'u-sanne', details: { placeId } }]);

    // Cancelled once is cancelled: no second release of the place.
    const again = await cancel(sanne, held.id);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('placement_reservation_not_held');
    expect(await freeOf(placeId)).toBe(1);
    // Nor can the provider still confirm it.
    const late = await (await as('u-fatima')).request({
      method: 'POST',
      url: `/api/provider/reservations/${held.id}/answer`,
      payload: { confirm: true },
    });
    expect(late.json().code).toBe('placement_reservation_not_held');
  });

  it('refuses a confirmed reservation, the provider, and an unknown id', async () => {
    const placeId = await publishedPlace();
    const held = await reserve(placeId);
    const fatima = await as('u-fatima');
    expect((await cancel(fatima, held.id)).statusCode).toBe(403);
    const confirmed = await fatima.request({
      method: 'POST',
      url: `/api/provider/reservations/${held.id}/answer`,
      payload: { confirm: true },
    });
    expect(confirmed.json().status).toBe('confirmed');
    const sanne = await as('u-sanne');
    expect((await cancel(sanne, held.id)).json().code).toBe('placement_reservation_not_held');
    expect(await freeOf(placeId)).toBe(0);
    const unknown = await cancel(sanne, 'no-such-reservation');
    expect(unknown.statusCode).toBe(404);
    expect(
      await auditRows(app().database, 'placement.reservation_cancel', { subjectId: 'no-such-reservation' }),
    ).toMatchObject([{ outcome: 'denied' }]);
  });
});

describe('the provider’s task to answer', () => {
  it('opens for the provider with the reservation, due the day the hold ends, and links to the answer', async () => {
    // The organisation's system key is a provider user too (its id sorts first), but never gets work.
    await app().database.ownerQuery(
      `insert into app_user (tenant_id, id, display_name, role, organisation_id)
       select tenant_id, 'sys-0000-key', 'Zorgdossier (koppeling)', 'provider', organisation_id
         from app_user where id = 'u-fatima'`,
    );
    const held = await reserve(await publishedPlace());
    const task = await fatimasTask(held.id, 'open');
    expect(task).toMatchObject({
      kind: 'reservation_waiting',
      link: '/plekvrij/aanbod',
      dueDate: amsterdamDate(new Date(held.expiresAt)),
    });
    // The coordinator who reserved does not get it.
    const sanne = await (await as('u-sanne')).request({ url: '/api/tasks?pageSize=100' });
    expect(sanne.json().items.map((x: TaskJson) => x.subjectId)).not.toContain(held.id);
  });

  it('is the whole provider organisation’s: each of its people sees it and is notified, nobody else', async () => {
    // A colleague of Fatima's at the same provider, and a provider user of another organisation.
    await app().database.ownerQuery(
      `insert into app_user (tenant_id, id, display_name, role, organisation_id)
       select tenant_id, 'u-fatima-colleague', 'Collega van Fatima', 'provider', organisation_id
         from app_user where id = 'u-fatima'
       union all
       select tenant_id, 'u-other-provider', 'Andere aanbieder', 'provider', 'org-jeugdzorgplus'
         from app_user where id = 'u-fatima'`,
    );
    const held = await reserve(await publishedPlace());
    // Not demo users, so no demo login: a session of their own, as the login would make it.
    const clientOf = async (userId: string) => {
      if (userId === 'u-fatima') return as(userId);
      const client = app().client();
      const session = await createSession(app().database.db, {
        tenantId: '0394',
        userId,
        ttlHours: 1,
        authMethod: 'demo',
      });
      client.cookies.set('ep_session', session);
      return client;
    };
    const seen = async (userId: string) => {
      const res = await (await clientOf(userId)).request({ url: '/api/tasks?pageSize=100' });
      expect(res.statusCode).toBe(200);
      return (res.json().items as Array<TaskJson & { id: string; assignee: unknown }>).find(
        (x) => x.subjectId === held.id,
      );
    };
    const fatimas = await seen('u-fatima');
    expect(fatimas).toMatchObject({ kind: 'reservation_waiting', assignee: { type: 'organisation' } });
    expect(await seen('u-fatima-colleague')).toMatchObject({ id: fatimas?.id });
    expect(await seen('u-other-provider')).toBeUndefined();
    const notified = await app().database.ownerQuery<{ user_id: string }>(
      `select distinct user_id from notification where kind = 'tasks_assigned'
         and user_id in ('u-fatima', 'u-fatima-colleague', 'u-other-provider', 'sys-0000-key')`,
    );
    expect(notified.map((r) => r.user_id).sort()).toEqual(['u-fatima', 'u-fatima-colleague']);
    // Whoever answers, it is done for all of them.
    const answered = await (await as('u-fatima')).request({
      method: 'POST',
      url: `/api/provider/reservations/${held.id}/answer`,
      payload: { confirm: false, reason: 'Geen match' },
    });
    expect(answered.statusCode).toBe(200);
    expect(await seen('u-fatima-colleague')).toBeUndefined();
  });

  it.each([
    ['confirmed', { confirm: true }],
    ['declined', { confirm: false }],
  ])('resolves when the reservation is %s', async (_status, answer) => {
    const held = await reserve(await publishedPlace());
    expect(await fatimasTask(held.id, 'open')).toBeDefined();
    const res = await (await as('u-fatima')).request({
      method: 'POST',
      url: `/api/provider/reservations/${held.id}/answer`,
      payload: answer,
    });
    expect(res.statusCode).toBe(200);
    expect(await fatimasTask(held.id, 'open')).toBeUndefined();
    expect(await fatimasTask(held.id, 'done')).toMatchObject({ status: 'done' });
  });

  it('resolves when the coordinator cancels', async () => {
    const held = await reserve(await publishedPlace());
    expect(await fatimasTask(held.id, 'open')).toBeDefined();
    expect((await cancel(await as('u-sanne'), held.id)).statusCode).toBe(200);
    expect(await fatimasTask(held.id, 'open')).toBeUndefined();
    expect(await fatimasTask(held.id, 'done')).toMatchObject({ status: 'done' });
  });

  it('resolves when the hold expires (the expiry job reconciles the tenants it touched)', async () => {
    const held = await reserve(await publishedPlace());
    expect(await fatimasTask(held.id, 'open')).toBeDefined();
    const later = new Date(Date.parse(held.expiresAt) + 60_000);
    const { expired, tenantIds } = await expireReservations(app().database.db, later);
    expect(expired).toBeGreaterThanOrEqual(1);
    expect(tenantIds).toEqual(['0394']);
    for (const tenantId of tenantIds) {
      await reconcileTasks(app().database.db, tenantId, { kinds: ['reservation_waiting'] });
    }
    expect(await fatimasTask(held.id, 'open')).toBeUndefined();
    expect(await fatimasTask(held.id, 'done')).toMatchObject({ status: 'done' });
  });
});
