import {
  crisisRoutes as api,
  type CreateCrisisEpisodeRequest,
  type CrisisPlacementInput,
  type EndMeasureRequest,
  type ExtendMeasureRequest,
  type ProtectionMeasure,
  type ProtectionMeasureList,
  type RecordPlacementRequest,
  type RegisterMeasureRequest,
  type RouteBody,
} from '@een-plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiCall, apiGet, apiSend } from './http-client.ts';

const enc = encodeURIComponent;

export const crisisKeys = {
  all: ['crisis'] as const,
  episode: (id: string) => ['crisis', 'episode', id] as const,
  household: (householdId: string) => ['crisis', 'household', householdId] as const,
  providers: ['crisis', 'providers'] as const,
  placementDraft: (id: string) => ['crisis', 'episode', id, 'placement-draft'] as const,
};
export const measureKeys = {
  all: ['measures'] as const,
  one: (id: string) => ['measures', id] as const,
  household: (householdId: string) => ['measures', 'household', householdId] as const,
};

export const ownEpisodesQuery = queryOptions({
  queryKey: crisisKeys.all,
  queryFn: () => apiCall(api.ownEpisodes),
});
export const episodeQuery = (id: string) =>
  queryOptions({
    queryKey: crisisKeys.episode(id),
    queryFn: () => apiCall(api.episode, { params: { id } }),
  });
export const householdEpisodesQuery = (householdId: string) =>
  queryOptions({
    queryKey: crisisKeys.household(householdId),
    queryFn: () => apiCall(api.householdEpisodes, { params: { householdId } }),
  });
export const handoverProvidersQuery = queryOptions({
  queryKey: crisisKeys.providers,
  queryFn: () => apiCall(api.handoverProviders),
});

/** The placement form's start: the episode's person and bridging period, the contracted crisis products. */
export const placementDraftQuery = (id: string) =>
  queryOptions({
    queryKey: crisisKeys.placementDraft(id),
    queryFn: () => apiCall(api.placementDraft, { params: { id } }),
  });
export const requestPlacement = (id: string, body: CrisisPlacementInput) =>
  apiCall(api.requestPlacement, { params: { id }, body });

export const createEpisode = (body: CreateCrisisEpisodeRequest) => apiCall(api.createEpisode, { body });

/** The crisis service's steps on an episode, by the last part of their path. */
const STEPS = {
  'on-site': api.onSite,
  decision: api.decision,
  'exit-plan': api.exitPlan,
  handover: api.handover,
};
type StepBody = { [S in keyof typeof STEPS]: RouteBody<(typeof STEPS)[S]> };
export const recordStep = <S extends keyof StepBody>(id: string, step: S, body: StepBody[S]) =>
  apiCall(STEPS[step] as typeof api.onSite, { params: { id }, body: body as StepBody['on-site'] });
export const confirmHandover = (id: string) => apiCall(api.confirmHandover, { params: { id } });

export const ownMeasuresQuery = queryOptions({
  queryKey: measureKeys.all,
  queryFn: () => apiGet<ProtectionMeasureList>('/api/protection/measures'),
});
export const measureQuery = (id: string) =>
  queryOptions({
    queryKey: measureKeys.one(id),
    queryFn: () => apiGet<ProtectionMeasure>(`/api/protection/measures/${enc(id)}`),
  });
export const householdMeasuresQuery = (householdId: string) =>
  queryOptions({
    queryKey: measureKeys.household(householdId),
    queryFn: () => apiGet<ProtectionMeasureList>(`/api/households/${enc(householdId)}/protection-measures`),
  });

export const registerMeasure = (body: RegisterMeasureRequest) =>
  apiSend<ProtectionMeasure>('POST', '/api/protection/measures', body);
type MeasureChange = {
  extension: ExtendMeasureRequest;
  placement: RecordPlacementRequest;
  end: EndMeasureRequest;
};
export const changeMeasure = <C extends keyof MeasureChange>(id: string, change: C, body: MeasureChange[C]) =>
  apiSend<ProtectionMeasure>('POST', `/api/protection/measures/${enc(id)}/${change}`, body);
