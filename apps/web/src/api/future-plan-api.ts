import type {
  ContinuityDecisionInput,
  FuturePlan,
  FuturePlanCustomTopicInput,
  FuturePlanCustomTopicUpdate,
  FuturePlanHelperInput,
  FuturePlanHelperOptions,
  FuturePlanList,
  FuturePlanSettings,
  FuturePlanTopicUpdate,
} from '@een-plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiGet, apiSend } from './http-client.ts';

const enc = encodeURIComponent;
const base = (householdId: string, planId: string) =>
  `/api/households/${enc(householdId)}/future-plans/${enc(planId)}`;

export const futurePlanKeys = { all: ['future-plans'] as const };

export const portalFuturePlansQuery = queryOptions({
  queryKey: ['future-plans', 'portal'],
  queryFn: () => apiGet<FuturePlanList>('/api/portal/future-plans'),
});

export const householdFuturePlansQuery = (householdId: string) =>
  queryOptions({
    queryKey: ['future-plans', 'household', householdId],
    queryFn: () => apiGet<FuturePlanList>(`/api/households/${enc(householdId)}/future-plans`),
  });

export const helperOptionsQuery = (householdId: string, planId: string) =>
  queryOptions({
    queryKey: ['future-plans', 'helper-options', householdId, planId],
    queryFn: () => apiGet<FuturePlanHelperOptions>(`${base(householdId, planId)}/helper-options`),
  });

export const chooseHelper = (p: FuturePlan, input: FuturePlanHelperInput) =>
  apiSend<FuturePlan>('PUT', `${base(p.householdId, p.id)}/helper`, input);

export const updateTopic = (p: FuturePlan, topicKey: string, input: FuturePlanTopicUpdate) =>
  apiSend<FuturePlan>('PUT', `${base(p.householdId, p.id)}/topics/${enc(topicKey)}`, input);

export const decideContinuity = (p: FuturePlan, input: ContinuityDecisionInput) =>
  apiSend<FuturePlan>('PUT', `${base(p.householdId, p.id)}/continuity`, input);

export const futurePlanSettingsQuery = queryOptions({
  queryKey: ['future-plans', 'settings'],
  queryFn: () => apiGet<FuturePlanSettings>('/api/admin/future-plan-settings'),
});

export const saveFuturePlanStartAge = (startAgeMonths: number) =>
  apiSend<FuturePlanSettings>('PUT', '/api/admin/future-plan-settings', { startAgeMonths });

export const addFuturePlanTopic = (input: FuturePlanCustomTopicInput) =>
  apiSend<FuturePlanSettings>('POST', '/api/admin/future-plan-topics', input);

export const editFuturePlanTopic = (key: string, input: FuturePlanCustomTopicUpdate) =>
  apiSend<FuturePlanSettings>('PUT', `/api/admin/future-plan-topics/${enc(key)}`, input);

export const setFuturePlanTopicActive = (key: string, active: boolean) =>
  apiSend<FuturePlanSettings>(
    'POST',
    `/api/admin/future-plan-topics/${enc(key)}/${active ? 'reactivate' : 'deactivate'}`,
  );

export const orderFuturePlanTopics = (keys: string[]) =>
  apiSend<FuturePlanSettings>('PUT', '/api/admin/future-plan-topic-order', { keys });
