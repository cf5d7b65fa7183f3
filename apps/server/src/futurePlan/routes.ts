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
  Problem,
} from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { getResidentHouseholdId } from '../households/membership.ts';
import { actorOf, requestContext } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import {
  chooseHelper,
  decideContinuity,
  listFuturePlans,
  listHelperOptions,
  updateTopic,
} from './service.ts';
import { getFuturePlanSettings, setStartAge } from './settings.ts';
import { addCustomTopic, editCustomTopic, reorderTopics, setCustomTopicActive } from './topic-admin.ts';

const Id = z.string().min(1).max(64);
const HouseholdParams = z.object({ householdId: Id });
const PlanParams = HouseholdParams.extend({ planId: Id });
const TopicParams = PlanParams.extend({ topicKey: z.string().min(1).max(40) });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const OwnTopicParams = z.object({ topicKey: z.string().min(1).max(40) });
const admin = policies.roles('admin');
const tags = ['future-plan'];
/** Who works in a toekomstplan: the household's coordinators and team lead, and its residents. */
const READERS = policies.roles('coordinator', 'team_lead', 'resident');
const base = '/api/households/:householdId/future-plans';

export const futurePlanRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/portal/future-plans',
    {
      config: { policy: policies.roles('resident') },
      schema: {
        tags,
        summary: "The toekomstplannen in the resident's household that they may read",
        response: { 200: FuturePlanList, ...errors },
      },
    },
    async (request) => {
      const ctx = requestContext(request);
      const householdId = await getResidentHouseholdId(db, ctx.actor);
      return listFuturePlans(db, ctx.actor, ctx, householdId);
    },
  );

  app.get(
    base,
    {
      config: { policy: READERS },
      schema: {
        tags,
        summary: "A household's toekomstplannen (youths from 16½), with countdown and due topics",
        params: HouseholdParams,
        response: { 200: FuturePlanList, ...errors },
      },
    },
    async (request) =>
      listFuturePlans(db, actorOf(request), requestContext(request), request.params.householdId),
  );

  app.get(
    `${base}/:planId/helper-options`,
    {
      config: { policy: READERS },
      schema: {
        tags,
        summary: 'Who the youth can choose as helper: her network, JIM mentor, coordinator',
        params: PlanParams,
        response: { 200: FuturePlanHelperOptions, ...errors },
      },
    },
    async (request) =>
      listHelperOptions(
        db,
        actorOf(request),
        requestContext(request),
        request.params.householdId,
        request.params.planId,
      ),
  );

  app.put(
    `${base}/:planId/helper`,
    {
      config: { policy: policies.roles('coordinator', 'resident') },
      schema: {
        tags,
        summary: 'The youth chooses who helps her with her toekomstplan (version check)',
        params: PlanParams,
        body: FuturePlanHelperInput,
        response: { 200: FuturePlan, ...errors },
      },
    },
    async (request) =>
      chooseHelper(
        db,
        actorOf(request),
        requestContext(request),
        request.params.householdId,
        request.params.planId,
        request.body,
      ),
  );

  app.put(
    `${base}/:planId/topics/:topicKey`,
    {
      config: { policy: policies.roles('coordinator', 'resident') },
      schema: {
        tags,
        summary: "A topic's status and owner (version check)",
        params: TopicParams,
        body: FuturePlanTopicUpdate,
        response: { 200: FuturePlan, ...errors },
      },
    },
    async (request) =>
      updateTopic(
        db,
        actorOf(request),
        requestContext(request),
        request.params.householdId,
        request.params.planId,
        request.params.topicKey,
        request.body,
      ),
  );

  app.put(
    `${base}/:planId/continuity`,
    {
      config: { policy: policies.roles('coordinator') },
      schema: {
        tags,
        summary: 'The coordinator records extended youth care or the handover to adult care (version check)',
        params: PlanParams,
        body: ContinuityDecisionInput,
        response: { 200: FuturePlan, ...errors },
      },
    },
    async (request) =>
      decideContinuity(
        db,
        actorOf(request),
        requestContext(request),
        request.params.householdId,
        request.params.planId,
        request.body,
      ),
  );

  app.get(
    '/api/admin/future-plan-settings',
    {
      config: { policy: admin },
      schema: {
        tags,
        summary: 'Start age and extra topics of the toekomstplan',
        response: { 200: FuturePlanSettings, ...errors },
      },
    },
    async (request) => getFuturePlanSettings(db, actorOf(request).tenantId),
  );

  app.put(
    '/api/admin/future-plan-settings',
    {
      config: { policy: admin },
      schema: {
        tags,
        summary: 'Set the age (in months) at which a toekomstplan starts',
        body: FuturePlanSettingsInput,
        response: { 200: FuturePlanSettings, ...errors },
      },
    },
    async (request) => {
      const ctx = requestContext(request);
      return setStartAge(db, ctx.actor, ctx, request.body.startAgeMonths);
    },
  );

  app.post(
    '/api/admin/future-plan-topics',
    {
      config: { policy: admin },
      schema: {
        tags,
        summary: 'Add a topic of this tenant to every toekomstplan',
        body: FuturePlanCustomTopicInput,
        response: { 201: FuturePlanSettings, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = requestContext(request);
      return reply.status(201).send(await addCustomTopic(db, ctx.actor, ctx, request.body));
    },
  );

  app.put(
    '/api/admin/future-plan-topics/:topicKey',
    {
      config: { policy: admin },
      schema: {
        tags,
        summary: "Change the names, explanation or due month of one of this tenant's topics (audited)",
        params: OwnTopicParams,
        body: FuturePlanCustomTopicUpdate,
        response: { 200: FuturePlanSettings, ...errors },
      },
    },
    async (request) => {
      const ctx = requestContext(request);
      return editCustomTopic(db, ctx.actor, ctx, request.params.topicKey, request.body);
    },
  );

  app.put(
    '/api/admin/future-plan-topic-order',
    {
      config: { policy: admin },
      schema: {
        tags,
        summary:
          "Put all this tenant's topics, standard and own, in the order plans show them (every key once; audited)",
        body: FuturePlanTopicOrderInput,
        response: { 200: FuturePlanSettings, ...errors },
      },
    },
    async (request) => {
      const ctx = requestContext(request);
      return reorderTopics(db, ctx.actor, ctx, request.body);
    },
  );

  for (const [verb, active] of [
    ['deactivate', false],
    ['reactivate', true],
  ] as const) {
    app.post(
      `/api/admin/future-plan-topics/:topicKey/${verb}`,
      {
        config: { policy: admin },
        schema: {
          tags,
          summary: active
            ? 'Offer a deactivated topic of this tenant to toekomstplannen again (audited)'
            : 'Stop offering a topic of this tenant to new toekomstplannen; answers stay (audited)',
          params: OwnTopicParams,
          response: { 200: FuturePlanSettings, ...errors },
        },
      },
      async (request) => {
        const ctx = requestContext(request);
        return setCustomTopicActive(db, ctx.actor, ctx, request.params.topicKey, active);
      },
    );
  }
};
