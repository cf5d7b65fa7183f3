// @vitest-environment jsdom
import { Reservation } from '@een-plan/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, ok, problem } from '../../testing/fake-api.ts';
import { renderPage } from '../../testing/render-page.tsx';
import { MyReservations } from './MyReservations.tsx';

function reservation(overrides: Partial<Reservation>): Reservation {
  return Reservation.parse({
    id: 'res-1',
    placeId: 'place-1',
    placeType: 'foster_network',
    organisationId: 'org-jeugdhulp',
    organisationName: 'Jeugdhulp Kennemerland',
    householdId: 'hh-ozturk',
    personFirstName: 'Deniz',
    startDate: '2026-12-01',
    endDate: '2027-03-01',
    status: 'held',
    reservedAt: '2026-11-30T10:00:00Z',
    expiresAt: '2026-12-02T10:00:00Z',
    answeredAt: null,
    assignmentId: null,
    ...overrides,
  });
}

const page = () => renderPage(MyReservations, { path: '/plekvrij', url: '/plekvrij' });

describe('my reservations', () => {
  it('lets the coordinator cancel a held reservation, and only a held one', async () => {
    const api = fakeApi()
      .on(
        'GET /api/placements/reservations',
        ok({
          reservations: [
            reservation({}),
            reservation({ id: 'res-2', personFirstName: 'Tom', status: 'confirmed', assignmentId: 'a-1' }),
          ],
        }),
      )
      .on('POST /api/placements/reservations/res-1/cancel', ok({ status: 'cancelled' }))
      .on('GET /api/placements/reservations', ok({ reservations: [reservation({ status: 'cancelled' })] }));
    const { user } = page();
    const confirmed = (await screen.findByText(/Tom/)).closest('li') as HTMLElement;
    expect(within(confirmed).queryByRole('button')).toBeNull();
    expect(confirmed).toHaveTextContent('toewijzing verstuurd');
    await user.click(screen.getByRole('button', { name: 'Reservering annuleren voor Deniz' }));
    expect(await screen.findByText('Geannuleerd')).toBeInTheDocument();
    expect(api.requests('POST /api/placements/reservations/res-1/cancel')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: /Reservering annuleren/ })).toBeNull();
  });

  it('says so when the reservation ended meanwhile', async () => {
    fakeApi()
      .on('GET /api/placements/reservations', ok({ reservations: [reservation({})] }))
      .on('POST /api/placements/reservations/res-1/cancel', problem('placement_reservation_not_held'));
    const { user } = page();
    await user.click(await screen.findByRole('button', { name: 'Reservering annuleren voor Deniz' }));
    expect(
      await screen.findByText(
        'Deze reservering is al bevestigd, afgewezen of verlopen. Laad de lijst opnieuw.',
      ),
    ).toBeInTheDocument();
  });
});
