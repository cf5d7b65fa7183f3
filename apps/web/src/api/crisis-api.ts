import type {
  CreateCrisisEpisodeRequest,
  CrisisEpisode,
  CrisisEpisodeList,
  CrisisPlacementDraft,
  CrisisPlacementInput,
  EndMeasureRequest,
  ExtendMeasureRequest,
  ProposeHandoverRequest,
  ProtectionMeasure,
  ProtectionMeasureList,
  RecordCrisisDecisionRequest,
  RecordExitPlanRequest,
  RecordOnSiteRequest,
  RecordPlacementRequest,
  RegisterMeasureRequest,
} from '@een-plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from './http-client.ts';

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
  queryFn: () => apiGet<CrisisEpisodeList & { total: number; overdue: number }>('/api/crisis/episodes'),
});
export const episodeQuery = (id: string) =>
  queryOptions({
    queryKey: crisisKeys.episode(id),
    queryFn: () => apiGet<CrisisEpisode>(`/api/crisis/episodes/${enc(id)}`),
  });
export const householdEpisodesQuery = (householdId: string) =>
  queryOptions({
    queryKey: crisisKeys.household(householdId),
    queryFn: () => apiGet<CrisisEpisodeList>(`/api/households/${enc(householdId)}/crisis-episodes`),
  });
export const handoverProvidersQuery = queryOptions({
  queryKey: crisisKeys.providers,
  queryFn: () => apiGet<{ items: Array<{ id: string; name: string }> }>('/api/crisis/handover-providers'),
});

/** The placement form's start: the episode's person and bridging period, the contracted crisis products. */
export const placementDraftQuery = (id: string) =>
  queryOptions({
    queryKey: crisisKeys.placementDraft(id),
    queryFn: () => apiGet<CrisisPlacementDraft>(`/api/crisis/episodes/${enc(id)}/placement-draft`),
  });
export const requestPlacement = (id: string, body: CrisisPlacementInput) =>
  apiSend<{ id: string; status: string; budgetCents: number }>(
    'POST',
    `/api/crisis/episodes/${enc(id)}/placement`,
    body,
  );

export const createEpisode = (body: CreateCrisisEpisodeRequest) =>
  apiSend<CrisisEpisode>('POST', '/api/crisis/episodes', body);

type StepBody = {
  'on-site': RecordOnSiteRequest;
  decision: RecordCrisisDecisionRequest;
  'exit-plan': RecordExitPlanRequest;
  handover: ProposeHandoverRequest;
};
export const recordStep = <S extends keyof StepBody>(id: string, step: S, body: StepBody[S]) =>
  apiSend<CrisisEpisode>('POST', `/api/crisis/episodes/${enc(id)}/${step}`, body);
export const confirmHandover = (id: string) =>
  apiSend<CrisisEpisode>('POST', `/api/crisis/episodes/${enc(id)}/handover/confirm`);

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
