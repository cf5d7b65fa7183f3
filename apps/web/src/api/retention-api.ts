import type {
  DecideErasureRequest,
  DestroyResult,
  DryRun,
  DueList,
  ErasureCandidateList,
  ErasureDryRun,
  ErasureHouseholdSearch,
  ErasureRequest,
  ErasureRequestList,
  NewErasureRequest,
  RetentionTerms,
  SaveRetentionTerms,
} from '@een-plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from './http-client.ts';

const R = '/api/admin/retention';

export const retentionTermsQuery = queryOptions({
  queryKey: ['admin', 'retention', 'terms'],
  queryFn: () => apiGet<RetentionTerms>(`${R}/terms`),
});
export const retentionDueQuery = queryOptions({
  queryKey: ['admin', 'retention', 'due'],
  queryFn: () => apiGet<DueList>(`${R}/due`),
});
export const erasureRequestsQuery = queryOptions({
  queryKey: ['admin', 'retention', 'erasure'],
  queryFn: () => apiGet<ErasureRequestList>(`${R}/erasure-requests`),
});

export const saveRetentionTerms = (body: SaveRetentionTerms) =>
  apiSend<RetentionTerms>('PUT', `${R}/terms`, body);
export const runDryRun = () => apiSend<DryRun>('POST', `${R}/dry-run`, {});
export const destroyDossiers = (householdIds: string[]) =>
  apiSend<DestroyResult>('POST', `${R}/destructions`, { householdIds, confirmed: true });
export const recordErasureRequest = (body: NewErasureRequest) =>
  apiSend<ErasureRequest>('POST', `${R}/erasure-requests`, body);
export const decideErasureRequest = (id: string, body: DecideErasureRequest) =>
  apiSend<ErasureRequest>('POST', `${R}/erasure-requests/${encodeURIComponent(id)}/decision`, body);
export const searchErasureHouseholds = (body: ErasureHouseholdSearch) =>
  apiSend<ErasureCandidateList>('POST', `${R}/erasure-requests/household-search`, body);
export const runErasureDryRun = (id: string) =>
  apiSend<ErasureDryRun>('POST', `${R}/erasure-requests/${encodeURIComponent(id)}/dry-run`, {});
