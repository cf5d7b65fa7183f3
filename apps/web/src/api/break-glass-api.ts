import {
  type BreakGlassInput,
  type BreakGlassLookup,
  type BreakGlassLookupResult,
  type BreakGlassReviewInput,
  crisisRoutes,
  type MyBreakGlassList,
} from '@een-plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiCall, apiGet, apiSend } from './http-client.ts';

export interface BreakGlassReviewItem {
  id: string;
  householdId: string;
  householdName: string;
  userName: string;
  reason: string;
  openedAt: string;
  expiresAt: string;
  withheldFromFamily: boolean;
  legalGround: string | null;
  reviewMandatory: boolean;
}

export const myBreakGlassQuery = queryOptions({
  queryKey: ['break-glass', 'mine'],
  queryFn: () => apiGet<MyBreakGlassList>('/api/break-glass/mine'),
});

export const breakGlassReviewsQuery = queryOptions({
  queryKey: ['break-glass', 'reviews'],
  queryFn: () => apiGet<{ items: BreakGlassReviewItem[] }>('/api/break-glass/reviews'),
});

export const breakGlassApi = {
  // Exact data such as a BSN travels in the body, never in a URL.
  lookup: (lookup: BreakGlassLookup) =>
    apiSend<BreakGlassLookupResult>('POST', '/api/break-glass/lookup', lookup),
  /** The crisis service's and the GI's exact lookup (same data, their own purpose in the audit). */
  lookupHousehold: (lookup: BreakGlassLookup) => apiCall(crisisRoutes.householdLookup, { body: lookup }),
  open: (householdId: string, input: BreakGlassInput) =>
    apiSend<{ id: string; expiresAt: string }>(
      'POST',
      `/api/households/${encodeURIComponent(householdId)}/break-glass`,
      input,
    ),
  review: (id: string, review: BreakGlassReviewInput) =>
    apiSend<{ ok: true }>('POST', `/api/break-glass/${encodeURIComponent(id)}/review`, review),
};
