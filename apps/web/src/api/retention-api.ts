import {
  retentionRoutes as api,
  type DecideErasureRequest,
  type ErasureHouseholdSearch,
  type NewErasureRequest,
  type SaveRetentionTerms,
} from '@een-plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiCall } from './http-client.ts';

/** The administrator's retention calls, from the route table the server registers (decision 0030). */
export const retentionTermsQuery = queryOptions({
  queryKey: ['admin', 'retention', 'terms'],
  queryFn: () => apiCall(api.terms),
});
export const retentionDueQuery = queryOptions({
  queryKey: ['admin', 'retention', 'due'],
  queryFn: () => apiCall(api.due),
});
export const erasureRequestsQuery = queryOptions({
  queryKey: ['admin', 'retention', 'erasure'],
  queryFn: () => apiCall(api.erasureRequests),
});

export const saveRetentionTerms = (body: SaveRetentionTerms) => apiCall(api.saveTerms, { body });
export const runDryRun = () => apiCall(api.dryRun);
export const destroyDossiers = (householdIds: string[]) =>
  apiCall(api.destroy, { body: { householdIds, confirmed: true } });
export const recordErasureRequest = (body: NewErasureRequest) => apiCall(api.recordErasureRequest, { body });
export const decideErasureRequest = (id: string, body: DecideErasureRequest) =>
  apiCall(api.decideErasureRequest, { params: { id }, body });
export const searchErasureHouseholds = (body: ErasureHouseholdSearch) =>
  apiCall(api.searchErasureHouseholds, { body });
export const runErasureDryRun = (id: string) => apiCall(api.erasureDryRun, { params: { id } });
