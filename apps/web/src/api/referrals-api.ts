import type {
  AdminAreaList,
  CreateReferralRequest,
  CreateReferralResponse,
  PostcodeImport,
  PublicTeamList,
  ReferralDetail,
  ReferralQueueFilter,
  ReferralQueueResponse,
  ReferralSettings,
  ReferralTeamCoordinators,
  ReporterReferralList,
  SaveAreaRequest,
  SocialOffer,
  SocialOfferInput,
  SocialOfferPage,
  TriageRequest,
  WaitingTimesOverview,
} from '@een-plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { ApiError, isProblem, NetworkError } from './api-error.ts';
import { rememberedCsrfToken } from './csrf-token.ts';
import { apiGet, apiSend } from './http-client.ts';
import { keysetPagesQuery } from './keyset-pages.ts';

export const referralKeys = {
  all: ['referrals'] as const,
  mine: ['referrals', 'mine'] as const,
  queue: (filter: ReferralQueueFilter) => ['referrals', 'queue', filter] as const,
  detail: (id: string) => ['referrals', 'detail', id] as const,
  waitingTimes: ['referrals', 'waiting-times'] as const,
};

export const myReferralsQuery = queryOptions({
  queryKey: referralKeys.mine,
  queryFn: () => apiGet<ReporterReferralList>('/api/referrals/mine'),
});

/** The triage queue page by page, each after the last one's cursor (decision 0031). */
export const queueQuery = (filter: ReferralQueueFilter) =>
  keysetPagesQuery<ReferralQueueResponse, ReturnType<typeof referralKeys.queue>>(
    referralKeys.queue(filter),
    '/api/referrals/queue',
    { filter },
  );

export const referralQuery = (id: string) =>
  queryOptions({
    queryKey: referralKeys.detail(id),
    queryFn: () => apiGet<ReferralDetail>(`/api/referrals/${encodeURIComponent(id)}`),
  });

export const teamCoordinatorsQuery = queryOptions({
  queryKey: ['referrals', 'team-coordinators'],
  queryFn: () => apiGet<ReferralTeamCoordinators>('/api/referrals/team-coordinators'),
});

export const waitingTimesQuery = queryOptions({
  queryKey: referralKeys.waitingTimes,
  queryFn: () => apiGet<WaitingTimesOverview>('/api/referrals/waiting-times'),
});

export const publicTeamsQuery = queryOptions({
  queryKey: ['public', 'teams'],
  queryFn: () => apiGet<PublicTeamList>('/api/public/teams'),
  staleTime: 5 * 60 * 1000,
});

export function createReferral(body: CreateReferralRequest) {
  return apiSend<CreateReferralResponse>('POST', '/api/referrals', body);
}

export function triageReferral(id: string, body: TriageRequest) {
  return apiSend<ReferralDetail>('POST', `/api/referrals/${encodeURIComponent(id)}/triage`, body);
}

export function recordFirstContact(id: string, version: number) {
  return apiSend<ReferralDetail>('POST', `/api/referrals/${encodeURIComponent(id)}/first-contact`, {
    version,
  });
}

export interface OfferSearchParams {
  q?: string;
  domain?: string;
  age?: string;
  areaId?: string;
  page: number;
}

export const offerSearchQuery = (params: OfferSearchParams) => {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.domain) search.set('domain', params.domain);
  if (params.age) search.set('age', params.age);
  if (params.areaId) search.set('areaId', params.areaId);
  search.set('page', String(params.page));
  search.set('pageSize', '10');
  return queryOptions({
    queryKey: ['social-map', 'search', search.toString()],
    queryFn: () => apiGet<SocialOfferPage>(`/api/social-map/offers?${search.toString()}`),
  });
};

export const adminAreasQuery = queryOptions({
  queryKey: ['admin', 'areas'],
  queryFn: () => apiGet<AdminAreaList>('/api/admin/areas'),
});

export const referralSettingsQuery = queryOptions({
  queryKey: ['admin', 'referral-settings'],
  queryFn: () => apiGet<ReferralSettings>('/api/admin/referral-settings'),
});

export function saveArea(id: string, body: SaveAreaRequest) {
  return apiSend<AdminAreaList>('PUT', `/api/admin/areas/${encodeURIComponent(id)}`, body);
}

export function saveReferralSettings(body: ReferralSettings) {
  return apiSend<ReferralSettings>('PUT', '/api/admin/referral-settings', body);
}

export function fetchImport(id: string) {
  return apiGet<PostcodeImport>(`/api/admin/postcode-imports/${encodeURIComponent(id)}`);
}

/** Uploads a CSV file as text/csv (not JSON), with the CSRF token like every other change. */
export async function uploadPostcodeCsv(csv: string): Promise<PostcodeImport> {
  let token = rememberedCsrfToken();
  if (!token) token = (await apiGet<{ csrfToken: string }>('/api/auth/csrf')).csrfToken;
  let response: Response;
  try {
    response = await fetch('/api/admin/postcode-imports', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        accept: 'application/json, application/problem+json',
        'content-type': 'text/csv',
        'x-csrf-token': token,
      },
      body: csv,
    });
  } catch (cause) {
    throw new NetworkError(cause);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new ApiError(response.status, isProblem(body) ? body : null);
  return body as PostcodeImport;
}

export function saveOffer(id: string | null, body: SocialOfferInput & { version?: number }) {
  return id
    ? apiSend<SocialOffer>('PUT', `/api/social-map/offers/${encodeURIComponent(id)}`, body)
    : apiSend<SocialOffer>('POST', '/api/social-map/offers', body);
}
