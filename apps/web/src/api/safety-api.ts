import type {
  AddEntryRequest,
  CloseTrackRequest,
  DesignationAdminList,
  MyDesignations,
  OrganisationTrackList,
  RaadAnswerInput,
  RaadRequestInput,
  ReportRequest,
  SafetyConditionList,
  SetVisibilityRequest,
  TrackList,
  TrackView,
  VeiligThuisQueue,
  VeiligThuisTriageRequest,
} from '@een-plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from './http-client.ts';

const enc = encodeURIComponent;

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
    queryFn: () => apiGet<SafetyConditionList>(`/api/households/${enc(householdId)}/safety/conditions`),
  });

/** Whether the user is an aandachtsfunctionaris: the menu offers the organisation's list only then. */
export const myDesignationsQuery = () =>
  queryOptions({
    queryKey: [...safetyKeys.organisation, 'mine'] as const,
    queryFn: () => apiGet<MyDesignations>('/api/safety/designations/mine'),
    staleTime: 5 * 60_000,
  });

/** The aandachtsfunctionaris's list of the organisation's open tracks. */
export const organisationTracksQuery = () =>
  queryOptions({
    queryKey: safetyKeys.organisation,
    queryFn: () => apiGet<OrganisationTrackList>('/api/safety/organisation-tracks'),
  });

export const householdTracksQuery = (householdId: string) =>
  queryOptions({
    queryKey: safetyKeys.household(householdId),
    queryFn: () => apiGet<TrackList>(`/api/households/${enc(householdId)}/safety/tracks`),
  });

export const trackQuery = (trackId: string) =>
  queryOptions({
    queryKey: safetyKeys.track(trackId),
    queryFn: () => apiGet<TrackView>(`/api/safety/tracks/${enc(trackId)}`),
  });

export const veiligThuisQueueQuery = (status: 'open' | 'all') =>
  queryOptions({
    queryKey: safetyKeys.queue(status),
    queryFn: () => apiGet<VeiligThuisQueue>(`/api/safety/reports?status=${status}`),
  });

type Created = { id: string };
const track = (id: string, path: string) => `/api/safety/tracks/${enc(id)}/${path}`;

export const safetyApi = {
  open: (householdId: string, personId: string) =>
    apiSend<Created>('POST', `/api/households/${enc(householdId)}/safety/tracks`, { personId }),
  addEntry: (trackId: string, input: AddEntryRequest) =>
    apiSend<Created>('POST', track(trackId, 'entries'), input),
  setVisibility: (trackId: string, input: SetVisibilityRequest) =>
    apiSend<Created>('POST', track(trackId, 'visibility'), input),
  close: (trackId: string, input: CloseTrackRequest) =>
    apiSend<Created>('POST', track(trackId, 'close'), input),
  report: (trackId: string, input: ReportRequest) =>
    apiSend<Created>('POST', track(trackId, 'reports'), input),
  requestRaad: (trackId: string, input: RaadRequestInput) =>
    apiSend<Created>('POST', track(trackId, 'raad-requests'), input),
  answerRaad: (requestId: string, input: RaadAnswerInput) =>
    apiSend<Created>('POST', `/api/safety/raad-requests/${enc(requestId)}/answer`, input),
  triage: (reportId: string, input: VeiligThuisTriageRequest) =>
    apiSend<Created>('POST', `/api/safety/reports/${enc(reportId)}/triage`, input),
};

/** The administrator's list of aandachtsfunctionarissen per organisation. */
export const designationsQuery = queryOptions({
  queryKey: safetyKeys.designations,
  queryFn: () => apiGet<DesignationAdminList>('/api/admin/meldcode-designations'),
});
export const setDesignation = (organisationId: string, userId: string, designated: boolean) =>
  apiSend<DesignationAdminList>(
    designated ? 'PUT' : 'DELETE',
    `/api/admin/meldcode-designations/${enc(organisationId)}/${enc(userId)}`,
  );
