import { PlaceType } from '@een-plan/contracts';
import { parseMessage, validateXml } from '@een-plan/ijw';
import { describe, expect, it } from 'vitest';
import { onPlaceChanges, type PlaceChange } from '../src/placements/live.ts';
import { expireReservations } from '../src/placements/reservation-expiry.ts';
import { addAnotherProvider } from './helpers/another-provider.ts';
import { dutchDay } from './helpers/dutch-day.ts';
import { appOfFile } from './helpers/file-app.ts';
import type { TestClient } from './helpers/test-app.ts';
import { waitFor } from './helpers/wait-for.ts';

const { app, as } = appOfFile();
const HOME_LIKE_ORDER: readonly string[] = PlaceType.options;
const day = (offset: number) => dutchDay(offset);

const placeInput = {
  placeType: 'foster_regular',
  minAge: 0,
  maxAge: 18,
  postcode: '2152 AB',
  region: 'Haarlemmermeer',
  availableFrom: day(-1),
  availableUntil: null,
  places: 1,
  notes: 'Testplek',
};

async function publish(client: TestClient, overrides: Record<string, unknown> = {}) {
  return client.request({
    method: 'POST',
    url: '/api/provider/places',
    payload: { ...placeInput, ...overrides },
  });
}

function reservation(overrides: Record<string, unknown> = {}) {
  return {
    householdId: 'hh-jansen',
    personId: 'p-tom',
    planActionId: 'act-jansen-jeugdhulp',
    startDate: day(3),
    endDate: day(60),
    ...overrides,
  };
}

async function reserve(client: TestClient, placeId: string, body = reservation()) {
  return client.request({ method: 'POST', url: `/api/placements/${placeId}/reservations`, payload: body });
}

async function auditOutcomes(action: string) {
  return app().database.ownerQuery<{ outcome: string; actor_user_id: string | null }>(
    'select outcome, actor_user_id from audit_log where action = $1 order by id',
    [action],
  );
}

async function placeRow(id: string) {
  const [row] = await app().database.ownerQuery<{ places_reserved: number; places_occupied: number }>(
    'select places_reserved, places_occupied from placement_place where id = $1',
    [id],
  );
  return row;
}

const search = (client: TestClient, query: string) =>
  client.request({ url: `/api/placements/search?${query}` });

describe('publishing places', () => {
  it('lets a provider publish only the types its contract covers, and nobody else publish', async () => {
    const fatima = await as('u-fatima');
    const ok = await publish(fatima);
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      organisationId: 'org-jeugdhulp',
      productCategory: '35',
      postcode: '2152',
      free: 1,
      stale: false,
    });
    // Closed youth care (JZ020 37) is only contracted with the JeugdzorgPlus provider.
    const closed = await publish(fatima, { placeType: 'closed' });
    expect(closed.statusCode).toBe(403);
    expect(closed.json().code).toBe('placement_type_not_contracted');
    expect((await auditOutcomes('placement.publish')).map((r) => r.outcome)).toEqual(['success', 'denied']);

    const sanne = await as('u-sanne');
    expect((await publish(sanne)).statusCode).toBe(403);
    const unknownPostcode = await publish(fatima, { postcode: '9999' });
    expect(unknownPostcode.json().code).toBe('placement_postcode_unknown');
    expect((await publish(fatima, { minAge: 12, maxAge: 4 })).statusCode).toBe(400);
  });

  it('accepts the provider system’s key on its places, and nowhere else', async () => {
    const erik = await as('u-erik');
    const created = await erik.request({
      method: 'POST',
      url: '/api/admin/providers/org-jeugdhulp/api-clients',
      payload: { label: 'Plaatsingssysteem' },
    });
    expect(created.statusCode).toBe(201);
    const bearer = { authorization: `Bearer ${created.json().token}` };
    const published = await app().app.inject({
      method: 'POST',
      url: '/api/provider/places',
      headers: bearer,
      payload: { ...placeInput, placeType: 'crisis_bed', postcode: '2011' },
    });
    expect(published.statusCode).toBe(201);
    expect(published.json().productCategory).toBe('46');
    const own = await app().app.inject({ url: '/api/provider/places', headers: bearer });
    expect(own.json().places.map((p: { id: string }) => p.id)).toContain(published.json().id);
    expect((await app().app.inject({ url: '/api/households', headers: bearer })).statusCode).toBe(401);
  });

  it('lets only the owning provider change or confirm a place', async () => {
    const fatima = await as('u-fatima');
    const place = (await publish(fatima)).json();
    const other = await as('u-sanne');
    const foreign = await other.request({ method: 'POST', url: `/api/provider/places/${place.id}/confirm` });
    expect(foreign.statusCode).toBe(403);
    const changed = await fatima.request({
      method: 'PATCH',
      url: `/api/provider/places/${place.id}`,
      payload: { version: place.version, places: 3 },
    });
    expect(changed.json()).toMatchObject({ places: 3, free: 3, version: place.version + 1 });
    const stale = await fatima.request({
      method: 'PATCH',
      url: `/api/provider/places/${place.id}`,
      payload: { version: place.version, places: 2 },
    });
    expect(stale.json().code).toBe('version_conflict');
  });
});

describe('searching "zo thuis mogelijk"', () => {
  it('orders network foster care first, then regular, part-time, family home, residential; then by distance', async () => {
    const sanne = await as('u-sanne');
    const res = await search(sanne, `postcode=2151&age=8&date=${day(0)}&maxKm=60`);
    expect(res.statusCode).toBe(200);
    const places = res.json().places as Array<{ id: string; placeType: string; distanceKm: number }>;
    // The contract's order of place types is the "zo thuis mogelijk" order (closed places need a measure).
    const ranks = places.map((p) => HOME_LIKE_ORDER.indexOf(p.placeType));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect(places[0]).toMatchObject({ id: 'place-netwerk-nieuw-vennep', distanceKm: 0 });
    for (let i = 1; i < places.length; i++) {
      if (places[i]!.placeType === places[i - 1]!.placeType) {
        expect(places[i]!.distanceKm).toBeGreaterThanOrEqual(places[i - 1]!.distanceKm);
      }
    }
    // Age 8 is outside the residential groups (12+).
    expect(places.map((p) => p.id)).not.toContain('place-groep-hoofddorp');
  });

  it('never returns a closed place unless the search carries a measure with its reference', async () => {
    const sanne = await as('u-sanne');
    const base = `postcode=2151&age=15&date=${day(0)}&maxKm=100`;
    const without = (await search(sanne, `${base}&types=closed,residential_group`)).json().places;
    expect(without.map((p: { placeType: string }) => p.placeType)).not.toContain('closed');
    expect((await search(sanne, `${base}&measure=machtiging_gesloten`)).statusCode).toBe(400);
    const withMeasure = await search(
      sanne,
      `${base}&measure=machtiging_gesloten&measureReference=C/15/123456`,
    );
    const types = withMeasure.json().places.map((p: { placeType: string }) => p.placeType);
    expect(types.at(-1)).toBe('closed');
    expect((await auditOutcomes('placement.search_closed')).length).toBe(1);
    expect((await search(await as('u-fatima'), base)).statusCode).toBe(403);
  });

  it('marks places not confirmed for 7 days stale, and a confirmation clears it', async () => {
    const sanne = await as('u-sanne');
    const all = (await search(sanne, `postcode=2131&age=10&date=${day(0)}&maxKm=150`)).json().places;
    const stale = all.filter((p: { stale: boolean }) => p.stale).map((p: { id: string }) => p.id);
    expect(stale).toEqual(expect.arrayContaining(['place-netwerk-hoofddorp', 'place-gezinshuis-aalsmeer']));
    expect(stale).not.toContain('place-netwerk-nieuw-vennep');
    const fatima = await as('u-fatima');
    const confirmed = await fatima.request({
      method: 'POST',
      url: '/api/provider/places/place-netwerk-hoofddorp/confirm',
    });
    expect(confirmed.json()).toMatchObject({ stale: false });
    expect(Date.now() - Date.parse(confirmed.json().lastConfirmedAt)).toBeLessThan(60_000);
  });
});

describe('reserving', () => {
  it('confirms a reservation into an assignment whose JW301 passes the XSD and rules, in one transaction', async () => {
    const sanne = await as('u-sanne');
    const fatima = await as('u-fatima');
    const place = (await publish(fatima, { placeType: 'foster_network' })).json();
    const changes: PlaceChange[] = [];
    const stop = onPlaceChanges(app().database.db, '0394', (c) => changes.push(...c));
    const held = await reserve(sanne, place.id);
    expect(held.statusCode).toBe(201);
    expect(Date.parse(held.json().expiresAt) - Date.now()).toBeGreaterThan(47 * 3_600_000);
    // On PostgreSQL the change comes back through LISTEN, a moment after the answer.
    await waitFor(() => (changes.some((c) => c.placeId === place.id && c.free === 0) ? true : undefined), {
      what: 'the place change',
    });
    expect(await placeRow(place.id)).toEqual({ places_reserved: 1, places_occupied: 0 });

    const pending = (await fatima.request({ url: '/api/placements/reservations' })).json().reservations;
    expect(pending[0]).toMatchObject({ id: held.json().id, status: 'held', personFirstName: 'Tom' });
    const answered = await fatima.request({
      method: 'POST',
      url: `/api/provider/reservations/${held.json().id}/answer`,
      payload: { confirm: true },
    });
    expect(answered.statusCode).toBe(200);
    stop();
    const assignmentId = answered.json().assignmentId;
    expect(await placeRow(place.id)).toEqual({ places_reserved: 0, places_occupied: 1 });
    const [jw301] = await app().database.ownerQuery<{ xml: string }>(
      "select xml from ijw_message where assignment_id = $1 and message_type = 'JW301'",
      [assignmentId],
    );
    const report = await validateXml(jw301!.xml);
    expect(report.valid).toBe(true);
    const parsed = parseMessage(jw301!.xml);
    if (parsed.type !== 'JW301') throw new Error('not a JW301');
    expect(parsed.bericht.Client.ToegewezenProducten[0]).toMatchObject({
      Product: { Categorie: '35' },
      Omvang: { Volume: 7, Eenheid: '14', Frequentie: '2' },
    });
    const again = await fatima.request({
      method: 'POST',
      url: `/api/provider/reservations/${held.json().id}/answer`,
      payload: { confirm: false },
    });
    expect(again.json().code).toBe('placement_reservation_not_held');
  });

  it('refuses a closed place without a measure, and a youth outside the age range', async () => {
    const sanne = await as('u-sanne');
    expect((await reserve(sanne, 'place-gesloten-velsen')).json().code).toBe('placement_measure_required');
    // Tom is 12: a foster family for 0–10 does not fit him.
    const young = await reserve(sanne, 'place-pleeggezin-hoofddorp');
    expect(young.json().code).toBe('placement_age_outside');
  });

  it('lets another provider neither see nor answer the reservation', async () => {
    const sanne = await as('u-sanne');
    const held = (await reserve(sanne, 'place-crisis-haarlem')).json();
    await addAnotherProvider(app().database, {
      organisationId: 'org-ander',
      userId: 'u-ander',
      agbCode: '98765499',
    });
    const other = await as('u-ander');
    const refused = await other.request({
      method: 'POST',
      url: `/api/provider/reservations/${held.id}/answer`,
      payload: { confirm: true },
    });
    expect(refused.statusCode).toBe(404);
    const fatima = await as('u-fatima');
    const declined = await fatima.request({
      method: 'POST',
      url: `/api/provider/reservations/${held.id}/answer`,
      payload: { confirm: false, reason: 'Bed toch bezet' },
    });
    expect(declined.json()).toEqual({ status: 'declined', assignmentId: null });
    expect(await placeRow('place-crisis-haarlem')).toEqual({ places_reserved: 0, places_occupied: 0 });
  });

  it('expires a reservation after its hold (48 hours by default) and frees the place', async () => {
    const sanne = await as('u-sanne');
    const fatima = await as('u-fatima');
    const place = (await publish(fatima)).json();
    const held = (await reserve(sanne, place.id)).json();
    expect((await expireReservations(app().database.db, new Date(Date.now() + 47 * 3_600_000))).expired).toBe(
      0,
    );
    expect((await expireReservations(app().database.db, new Date(Date.now() + 49 * 3_600_000))).expired).toBe(
      1,
    );
    expect(await placeRow(place.id)).toEqual({ places_reserved: 0, places_occupied: 0 });
    const late = await fatima.request({
      method: 'POST',
      url: `/api/provider/reservations/${held.id}/answer`,
      payload: { confirm: true },
    });
    expect(late.json().code).toBe('placement_reservation_not_held');
    expect((await auditOutcomes('placement.reservation_expire')).at(-1)).toMatchObject({
      actor_user_id: null,
    });
  });

  it('uses the tenant’s configured hold time', async () => {
    const erik = await as('u-erik');
    const saved = await erik.request({
      method: 'PUT',
      url: '/api/admin/placement-settings',
      payload: { reservationHours: 24 },
    });
    expect(saved.json()).toEqual({ reservationHours: 24 });
    const place = (await publish(await as('u-fatima'))).json();
    const held = (await reserve(await as('u-sanne'), place.id)).json();
    expect(Date.parse(held.expiresAt) - Date.now()).toBeLessThan(25 * 3_600_000);
    await erik.request({
      method: 'PUT',
      url: '/api/admin/placement-settings',
      payload: { reservationHours: 48 },
    });
  });

  it('gives the last place to exactly one of two coordinators reserving at the same time', async () => {
    const fatima = await as('u-fatima');
    const sanne = await as('u-sanne');
    const mohamed = await as('u-mohamed');
    for (let round = 0; round < 3; round++) {
      const place = (await publish(fatima, { minAge: 0, maxAge: 23 })).json();
      const answers = await Promise.all([
        reserve(sanne, place.id),
        reserve(
          mohamed,
          place.id,
          reservation({ householdId: 'hh-de-graaf', personId: 'p-sem', planActionId: 'none' }),
        ),
      ]);
      expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
      expect(answers.find((a) => a.statusCode === 409)!.json().code).toBe('placement_not_available');
      expect(await placeRow(place.id)).toEqual({ places_reserved: 1, places_occupied: 0 });
    }
  });
});

describe('regional view', () => {
  it('shows counts per type, region and week to the team lead and policy analyst only', async () => {
    const linda = await as('u-linda');
    const res = await linda.request({ url: '/api/placements/regional' });
    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view.weeks).toHaveLength(8);
    expect(Object.keys(view.rows[0]).sort()).toEqual([
      'free',
      'occupied',
      'placeType',
      'region',
      'reserved',
      'week',
    ]);
    expect(view.rows.some((r: { placeType: string }) => r.placeType === 'closed')).toBe(true);
    expect((await (await as('u-sanne')).request({ url: '/api/placements/regional' })).statusCode).toBe(403);
  });
});
