import type {
  Place,
  PlaceHitList,
  PlaceInput,
  PlaceList,
  PlaceSearchQuery,
  RegionalView,
  ReservationAnswer,
  ReservationInput,
  ReservationList,
} from '@een-plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from './http-client.ts';

export const placementKeys = {
  all: ['placements'] as const,
  search: (q: string) => ['placements', 'search', q] as const,
  own: ['placements', 'own'] as const,
  reservations: ['placements', 'reservations'] as const,
  regional: ['placements', 'regional'] as const,
};

/** The search's query string; empty values are left out. */
export function searchParams(q: PlaceSearchQuery): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v !== undefined && v !== '') params.set(k, String(v));
  }
  return params.toString();
}

export const placeSearchQuery = (query: string) =>
  queryOptions({
    queryKey: placementKeys.search(query),
    queryFn: () => apiGet<PlaceHitList>(`/api/placements/search?${query}`),
  });

export const ownPlacesQuery = queryOptions({
  queryKey: placementKeys.own,
  queryFn: () => apiGet<PlaceList>('/api/provider/places'),
});

export const reservationsQuery = queryOptions({
  queryKey: placementKeys.reservations,
  queryFn: () => apiGet<ReservationList>('/api/placements/reservations'),
});

export const regionalQuery = queryOptions({
  queryKey: placementKeys.regional,
  queryFn: () => apiGet<RegionalView>('/api/placements/regional'),
});

export const placementApi = {
  reserve: (placeId: string, input: ReservationInput) =>
    apiSend<{ id: string; expiresAt: string }>(
      'POST',
      `/api/placements/${encodeURIComponent(placeId)}/reservations`,
      input,
    ),
  cancel: (reservationId: string) =>
    apiSend<{ status: 'cancelled' }>(
      'POST',
      `/api/placements/reservations/${encodeURIComponent(reservationId)}/cancel`,
    ),
  publish: (input: PlaceInput) => apiSend<Place>('POST', '/api/provider/places', input),
  confirm: (placeId: string) =>
    apiSend<Place>('POST', `/api/provider/places/${encodeURIComponent(placeId)}/confirm`),
  answer: (reservationId: string, answer: ReservationAnswer) =>
    apiSend<{ status: string; assignmentId: string | null }>(
      'POST',
      `/api/provider/reservations/${encodeURIComponent(reservationId)}/answer`,
      answer,
    ),
};

/** Server-sent events of changed availability; the search re-runs on each. */
export const PLACEMENT_EVENTS_URL = '/api/placements/events';
