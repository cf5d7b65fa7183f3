/** The toekomstplan routes as one table (decision 0030): registered by the server, called by the web. */
import { z } from 'zod';
import {
  ContinuityDecisionInput,
  FuturePlan,
  FuturePlanCustomTopicInput,
  FuturePlanCustomTopicUpdate,
  FuturePlanHelperInput,
  FuturePlanHelperOptions,
  FuturePlanList,
  FuturePlanSettings,
  FuturePlanSettingsInput,
  FuturePlanTopicOrderInput,
  FuturePlanTopicUpdate,
} from './future-plan.ts';
import { route } from './route-table.ts';

const Id = z.string().min(1).max(64);
const TopicKey = z.string().min(1).max(40);
const HouseholdParams = z.object({ householdId: Id });
const PlanParams = HouseholdParams.extend({ planId: Id });
const PLANS = '/api/households/:householdId/future-plans';
const PLAN = `${PLANS}/:planId` as const;
const SETTINGS = '/api/admin/future-plan-settings';
const TOPICS = '/api/admin/future-plan-topics';
const OwnTopicParams = z.object({ topicKey: TopicKey });
/** A change to one plan that answers the plan as it now is (each with a version check). */
const planChange = <const P extends string, A extends z.ZodType, B extends z.ZodType>(
  path: P,
  params: A,
  body: B,
) => route({ method: 'PUT', path, params, body, response: FuturePlan });
/** A tenant topic switched off or on again: the settings as they now are. */
const topicSwitch = <const P extends string>(path: P) =>
  route({ method: 'POST', path, params: OwnTopicParams, response: FuturePlanSettings });

/** The toekomstplan routes, and the administrator's start age and topics (decision 0026). */
export const futurePlanRoutes = {
  portalPlans: route({ method: 'GET', path: '/api/portal/future-plans', response: FuturePlanList }),
  householdPlans: route({ method: 'GET', path: PLANS, params: HouseholdParams, response: FuturePlanList }),
  helperOptions: route({
    method: 'GET',
    path: `${PLAN}/helper-options`,
    params: PlanParams,
    response: FuturePlanHelperOptions,
  }),
  chooseHelper: planChange(`${PLAN}/helper`, PlanParams, FuturePlanHelperInput),
  updateTopic: planChange(
    `${PLAN}/topics/:topicKey`,
    PlanParams.extend({ topicKey: TopicKey }),
    FuturePlanTopicUpdate,
  ),
  decideContinuity: planChange(`${PLAN}/continuity`, PlanParams, ContinuityDecisionInput),
  settings: route({ method: 'GET', path: SETTINGS, response: FuturePlanSettings }),
  setStartAge: route({
    method: 'PUT',
    path: SETTINGS,
    body: FuturePlanSettingsInput,
    response: FuturePlanSettings,
  }),
  addTopic: route({
    method: 'POST',
    path: TOPICS,
    status: 201,
    body: FuturePlanCustomTopicInput,
    response: FuturePlanSettings,
  }),
  editTopic: route({
    method: 'PUT',
    path: `${TOPICS}/:topicKey`,
    params: OwnTopicParams,
    body: FuturePlanCustomTopicUpdate,
    response: FuturePlanSettings,
  }),
  orderTopics: route({
    method: 'PUT',
    path: '/api/admin/future-plan-topic-order',
    body: FuturePlanTopicOrderInput,
    response: FuturePlanSettings,
  }),
  deactivateTopic: topicSwitch(`${TOPICS}/:topicKey/deactivate`),
  reactivateTopic: topicSwitch(`${TOPICS}/:topicKey/reactivate`),
} as const;
