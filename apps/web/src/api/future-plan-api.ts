import {
  futurePlanRoutes as api,
  type ContinuityDecisionInput,
  type FuturePlan,
  type FuturePlanCustomTopicInput,
  type FuturePlanCustomTopicUpdate,
  type FuturePlanHelperInput,
  type FuturePlanTopicUpdate,
} from '@een-plan/contracts';
import { queryOptions } from '@tanstack/react-query';
import { apiCall } from './http-client.ts';

/** The parameters of one plan's routes. */
const planOf = (p: FuturePlan) => ({ householdId: p.householdId, planId: p.id });

export const futurePlanKeys = { all: ['future-plans'] as const };

export const portalFuturePlansQuery = queryOptions({
  queryKey: ['future-plans', 'portal'],
  queryFn: () => apiCall(api.portalPlans),
});

export const householdFuturePlansQuery = (householdId: string) =>
  queryOptions({
    queryKey: ['future-plans', 'household', householdId],
    queryFn: () => apiCall(api.householdPlans, { params: { householdId } }),
  });

export const helperOptionsQuery = (householdId: string, planId: string) =>
  queryOptions({
    queryKey: ['future-plans', 'helper-options', householdId, planId],
    queryFn: () => apiCall(api.helperOptions, { params: { householdId, planId } }),
  });

export const chooseHelper = (p: FuturePlan, body: FuturePlanHelperInput) =>
  apiCall(api.chooseHelper, { params: planOf(p), body });

export const updateTopic = (p: FuturePlan, topicKey: string, body: FuturePlanTopicUpdate) =>
  apiCall(api.updateTopic, { params: { ...planOf(p), topicKey }, body });

export const decideContinuity = (p: FuturePlan, body: ContinuityDecisionInput) =>
  apiCall(api.decideContinuity, { params: planOf(p), body });

export const futurePlanSettingsQuery = queryOptions({
  queryKey: ['future-plans', 'settings'],
  queryFn: () => apiCall(api.settings),
});

export const saveFuturePlanStartAge = (startAgeMonths: number) =>
  apiCall(api.setStartAge, { body: { startAgeMonths } });

export const addFuturePlanTopic = (body: FuturePlanCustomTopicInput) => apiCall(api.addTopic, { body });

export const editFuturePlanTopic = (topicKey: string, body: FuturePlanCustomTopicUpdate) =>
  apiCall(api.editTopic, { params: { topicKey }, body });

export const setFuturePlanTopicActive = (topicKey: string, active: boolean) =>
  apiCall(active ? api.reactivateTopic : api.deactivateTopic, { params: { topicKey } });

export const orderFuturePlanTopics = (keys: string[]) => apiCall(api.orderTopics, { body: { keys } });
