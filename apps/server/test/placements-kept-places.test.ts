/**
 * The search walks the tenant's places kept in memory (decision 0051), and only while they are
 * exactly what PostgreSQL holds: every change to a place, by whatever connection or process,
 * changes the tenant's search version in its own transaction. Stale is the clock's matter, worked
 * out at every search.
 */
import { describe, expect, it } from 'vitest';
import { searchPlacesJson } from '../src/placements/search.ts';
import { SANNE_ACTOR } from './helpers/demo-users.ts';
import { dutchDay } from './helpers/dutch-day.ts';
import { appOfFile } from './helpers/file-app.ts';

const { app, as } = appOfFile();
const PLACE = 'place-netwerk-nieuw-vennep';
const QUERY = `postcode=2151&age=8&date=${dutchDay(0)}&maxKm=60`;
const DAY_MS = 86_400_000;

type Hit = { id: string; free: number; stale: boolean; lastConfirmedAt: string };

async function searchText(): Promise<string> {
  const res = await (await as('u-sanne')).request({ url: `/api/placements/search?${QUERY}` });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  return res.body;
}

const placeIn = (hits: Hit[]) => hits.find((p) => p.id === PLACE);
const hitOf = (text: string) => placeIn(JSON.parse(text).places);
const owner = (text: string, params: unknown[] = []) => app().database.ownerQuery(text, params);

describe('the kept places of a search', () => {
  it('are searched again while nothing changed, and never after a change on another connection', async () => {
    const first = await searchText();
    const free = hitOf(first)?.free;
    expect(free).toBeGreaterThan(0);
    await owner('update placement_place set places_total = places_total + 1 where id = $1', [PLACE]);
    const grown = await searchText();
    expect(hitOf(grown)?.free).toBe((free as number) + 1);

    // With the trigger off, a change leaves the version alone: the places in memory show.
    await owner('alter table placement_place disable trigger placement_place_search_version');
    try {
      await owner('update placement_place set places_total = places_total + 1 where id = $1', [PLACE]);
      expect(await searchText()).toBe(grown);
    } finally {
      await owner('alter table placement_place enable trigger placement_place_search_version');
    }
    await owner('update placement_place set places_total = places_total - 2 where id = $1', [PLACE]);
    expect(hitOf(await searchText())?.free).toBe(free);
  });

  it('turn stale with the clock, with no write at all', async () => {
    const confirmed = new Date(Date.now() - DAY_MS);
    await owner('update placement_place set confirmed_at = $2 where id = $1', [
      PLACE,
      confirmed.toISOString(),
    ]);
    const turnsStale = confirmed.getTime() + 7 * DAY_MS;
    const ask = async (now: number) => {
      const query = { postcode: '2151', age: 8, date: dutchDay(0), maxKm: 60, types: [] };
      const origin = { requestId: 'r-cache', clientAddress: '127.0.0.1' };
      return placeIn(
        JSON.parse(await searchPlacesJson(app().database.db, SANNE_ACTOR, query, origin, new Date(now))),
      );
    };
    expect(await ask(turnsStale - 1)).toMatchObject({
      stale: false,
      lastConfirmedAt: confirmed.toISOString(),
    });
    expect(await ask(turnsStale - 1)).toMatchObject({ stale: false });
    expect(await ask(turnsStale)).toMatchObject({ stale: true, lastConfirmedAt: confirmed.toISOString() });
  });
});
