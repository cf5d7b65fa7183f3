import {
  type AddEntryRequest,
  safetyRoutes as api,
  type CloseTrackRequest,
  type RaadAnswerInput,
  type RaadRequestInput,
  type ReportRequest,
  type SetVisibilityRequest,
  type VeiligThuisTriageRequest,
} from '@een-plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiCall } from './http-client.ts';

export const safetyKeys = {
  all: ['safety'] as const,
  household: (householdId: string) => ['safety', 'household', householdId] as const,
  track: (trackId: string) => ['safety', 'track', trackId] as const,
  queue: (status: 'open' | 'all') => ['safety', 'queue', status] as const,
  organisation: ['safety', 'organisation'] as const,
  designations: ['safety', 'designations'] as const,
};

/** The conditions Veilig Thuis attached to a hand-over of the household. */
export const safetyConditionsQuery = (householdId: string) =>
  queryOptions({
    queryKey: [...safetyKeys.household(householdId), 'conditions'] as const,
    queryFn: () => apiCall(api.conditions, { params: { householdId } }),
  });

/** Whether the user is an aandachtsfunctionaris: the menu offers the organisation's list only then. */
export const myDesignationsQuery = () =>
  queryOptions({
    queryKey: [...safetyKeys.organisation, 'mine'] as const,
    queryFn: () => apiCall(api.myDesignations),
    staleTime: 5 * 60_000,
  });

/** The aandachtsfunctionaris's list of the organisation's open tracks. */
export const organisationTracksQuery = () =>
  queryOptions({
    queryKey: safetyKeys.organisation,
    queryFn: () => apiCall(api.organisationTracks),
  });

export const householdTracksQuery = (householdId: string) =>
  queryOptions({
    queryKey: safetyKeys.household(householdId),
    queryFn: () => apiCall(api.householdTracks, { params: { householdId } }),
  });

export const trackQuery = (trackId: string) =>
  queryOptions({
    queryKey: safetyKeys.track(trackId),
    queryFn: () => apiCall(api.track, { params: { trackId } }),
  });

export const veiligThuisQueueQuery = (status: 'open' | 'all') =>
  queryOptions({
    queryKey: safetyKeys.queue(status),
    queryFn: () => apiCall(api.veiligThuisQueue, { query: { status } }),
  });

/** The meldcode writes, each from the route table the server registers (decision 0030). */
export const safetyApi = {
  open: (householdId: string, personId: string) =>
    apiCall(api.openTrack, { params: { householdId }, body: { personId } }),
  addEntry: (trackId: string, body: AddEntryRequest) => apiCall(api.addEntry, { params: { trackId }, body }),
  setVisibility: (trackId: string, body: SetVisibilityRequest) =>
    apiCall(api.setVisibility, { params: { trackId }, body }),
  close: (trackId: string, body: CloseTrackRequest) => apiCall(api.close, { params: { trackId }, body }),
  report: (trackId: string, body: ReportRequest) => apiCall(api.report, { params: { trackId }, body }),
  requestRaad: (trackId: string, body: RaadRequestInput) =>
    apiCall(api.requestRaad, { params: { trackId }, body }),
  answerRaad: (requestId: string, body: RaadAnswerInput) =>
    apiCall(api.answerRaad, { params: { requestId }, body }),
  triage: (reportId: string, body: VeiligThuisTriageRequest) =>
    apiCall(api.triage, { params: { reportId }, body }),
};

/** The administrator's list of aandachtsfunctionarissen per organisation. */
export const designationsQuery = queryOptions({
  queryKey: safetyKeys.designations,
  queryFn: () => apiCall(api.designations),
});
export const setDesignation = (organisationId: string, userId: string, designated: boolean) =>
  apiCall(designated ? api.designate : api.undesignate, { params: { organisationId, userId } });
