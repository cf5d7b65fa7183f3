// @vitest-environment jsdom
import { PlaceHit } from '@een-plan/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, ok } from '../../testing/fake-api.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { PlaceSearchPage } from './PlaceSearchPage.tsx';

function place(overrides: Partial<PlaceHit>): PlaceHit {
  return PlaceHit.parse({
    id: 'place-1',
    organisationId: 'org-jeugdhulp',
    organisationName: 'Jeugdhulp Kennemerland',
    placeType: 'foster_network',
    minAge: 0,
    maxAge: 12,
    postcode: '2151',
    region: 'Haarlemmermeer',
    free: 1,
    notes: '',
    lastConfirmedAt: new Date().toISOString(),
    stale: false,
    distanceKm: 0,
    ...overrides,
  });
}

/** A stand-in for the browser's EventSource: the test fires the server's "places" event. */
class FakeEventSource {
  static last: FakeEventSource | undefined;
  private listeners = new Map<string, () => void>();
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(type: string, listener: () => void) {
    this.listeners.set(type, listener);
  }
  close() {}
  fire(type: string) {
    this.listeners.get(type)?.();
  }
}

describe('Plekvrij search', () => {
  it('shows the places in the server’s "zo thuis mogelijk" order, marks stale ones and refreshes on a live event', async () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const api = fakeApi()
      .on('GET /api/placements/reservations', ok({ reservations: [] }))
      .on(
        'GET /api/placements/search',
        ok({
          places: [
            place({ id: 'a' }),
            place({ id: 'b', placeType: 'foster_regular', distanceKm: 4.2, stale: true }),
          ],
        }),
      )
      .on('GET /api/placements/search', ok({ places: [place({ id: 'b', placeType: 'foster_regular' })] }));
    const { user } = renderPage(PlaceSearchPage, { path: '/plekvrij', url: '/plekvrij' });
    await user.type(await screen.findByLabelText('Postcode van het gezin (4 cijfers)'), '2151');
    await user.type(screen.getByLabelText('Leeftijd van de jongere'), '8');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    const rows = await screen.findAllByRole('row');
    expect(rows.slice(1).map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual([
      'Netwerkpleegzorg',
      'Pleegzorg',
    ]);
    expect(within(rows[2] as HTMLElement).getByText('Niet bevestigd')).toBeInTheDocument();
    // On a phone the rows stack and each value shows its column's name (data-label) above it.
    expect(
      within(rows[1] as HTMLElement)
        .getAllByRole('cell')
        .slice(0, 5)
        .map((c) => c.getAttribute('data-label')),
    ).toEqual(['Soort', 'Aanbieder', 'Leeftijd', 'Afstand en plaats', 'Vrij en bevestigd']);
    expect(api.requests('GET /api/placements/search')[0]?.query.get('postcode')).toBe('2151');
    expect(FakeEventSource.last?.url).toBe('/api/placements/events');
    FakeEventSource.last?.fire('places');
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2));
  });
});
