import { futurePlanRoutes as api, type FuturePlan, Problem } from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { Db } from '../db/database.ts';
import { getResidentHouseholdId } from '../households/membership.ts';
import { contractRoute } from '../http/contract-route.ts';
import type { Actor } from '../policy/actor.ts';
import { actorOf, type RequestOrigin, requestContext } from '../policy/request-context.ts';
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

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const admin = { policy: policies.roles('admin') };
const tags = ['future-plan'];
/** Who works in a toekomstplan: the household's coordinators and team lead, and its residents. */
const READERS = { policy: policies.roles('coordinator', 'team_lead', 'resident') };
const YOUTH_AND_COORDINATOR = { policy: policies.roles('coordinator', 'resident') };

/** The toekomstplan routes of the contract table (packages/contracts/src/future-plan-routes.ts, decision 0030). */
export const futurePlanRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.route({
    ...contractRoute(api.portalPlans, errors, {
      tags,
      summary: "The toekomstplannen in the resident's household that they may read",
    }),
    config: { policy: policies.roles('resident') },
    handler: async (request) => {
      const ctx = requestContext(request);
      const householdId = await getResidentHouseholdId(db, ctx.actor);
      return listFuturePlans(db, ctx.actor, ctx, householdId);
    },
  });

  app.route({
    ...contractRoute(api.householdPlans, errors, {
      tags,
      summary: "A household's toekomstplannen (youths from 16½), with countdown and due topics",
    }),
    config: READERS,
    handler: async (request) =>
      listFuturePlans(db, actorOf(request), requestContext(request), request.params.householdId),
  });

  app.route({
    ...contractRoute(api.helperOptions, errors, {
      tags,
      summary: 'Who the youth can choose as helper: her network, JIM mentor, coordinator',
    }),
    config: READERS,
    handler: async (request) =>
      listHelperOptions(
        db,
        actorOf(request),
        requestContext(request),
        request.params.householdId,
        request.params.planId,
      ),
  });

  /** A change to one plan by the service function that makes it; the plan as it now is. */
  const planChange = <C extends typeof api.chooseHelper | typeof api.decideContinuity>(
    contract: C,
    summary: string,
    config: typeof READERS,
    change: (
      db: Db,
      actor: Actor,
      ctx: RequestOrigin,
      householdId: string,
      planId: string,
      input: z.infer<C['body']>,
    ) => Promise<FuturePlan>,
  ) =>
    app.route({
      ...contractRoute(contract as typeof api.chooseHelper, errors, { tags, summary }),
      config,
      handler: async (request) => {
        const { householdId, planId } = request.params;
        const input = request.body as z.infer<C['body']>;
        return change(db, actorOf(request), requestContext(request), householdId, planId, input);
      },
    });
  planChange(
    api.chooseHelper,
    'The youth chooses who helps her with her toekomstplan (version check)',
    YOUTH_AND_COORDINATOR,
    chooseHelper,
  );
  planChange(
    api.decideContinuity,
    'The coordinator records extended youth care or the handover to adult care (version check)',
    { policy: policies.roles('coordinator') },
    decideContinuity,
  );

  app.route({
    ...contractRoute(api.updateTopic, errors, {
      tags,
      summary: "A topic's status and owner (version check)",
    }),
    config: YOUTH_AND_COORDINATOR,
    handler: async (request) =>
      updateTopic(
        db,
        actorOf(request),
        requestContext(request),
        request.params.householdId,
        request.params.planId,
        request.params.topicKey,
        request.body,
      ),
  });

  app.route({
    ...contractRoute(api.settings, errors, {
      tags,
      summary: 'Start age and extra topics of the toekomstplan',
    }),
    config: admin,
    handler: async (request) => getFuturePlanSettings(db, actorOf(request).tenantId),
  });

  app.route({
    ...contractRoute(api.setStartAge, errors, {
      tags,
      summary: 'Set the age (in months) at which a toekomstplan starts',
    }),
    config: admin,
    handler: async (request) => {
      const ctx = requestContext(request);
      return setStartAge(db, ctx.actor, ctx, request.body.startAgeMonths);
    },
  });

  app.route({
    ...contractRoute(api.addTopic, errors, {
      tags,
      summary: 'Add a topic of this tenant to every toekomstplan',
    }),
    config: admin,
    handler: async (request, reply) => {
      const ctx = requestContext(request);
      return reply.status(201).send(await addCustomTopic(db, ctx.actor, ctx, request.body));
    },
  });

  app.route({
    ...contractRoute(api.editTopic, errors, {
      tags,
      summary: "Change the names, explanation or due month of one of this tenant's topics (audited)",
    }),
    config: admin,
    handler: async (request) => {
      const ctx = requestContext(request);
      return editCustomTopic(db, ctx.actor, ctx, request.params.topicKey, request.body);
    },
  });

  app.route({
    ...contractRoute(api.orderTopics, errors, {
      tags,
      summary:
        "Put all this tenant's topics, standard and own, in the order plans show them (every key once; audited)",
    }),
    config: admin,
    handler: async (request) => {
      const ctx = requestContext(request);
      return reorderTopics(db, ctx.actor, ctx, request.body);
    },
  });

  for (const [contract, active] of [
    [api.deactivateTopic, false],
    [api.reactivateTopic, true],
  ] as const) {
    app.route({
      ...contractRoute(contract as typeof api.deactivateTopic, errors, {
        tags,
        summary: active
          ? 'Offer a deactivated topic of this tenant to toekomstplannen again (audited)'
          : 'Stop offering a topic of this tenant to new toekomstplannen; answers stay (audited)',
      }),
      config: admin,
      handler: async (request) => {
        const ctx = requestContext(request);
        return setCustomTopicActive(db, ctx.actor, ctx, request.params.topicKey, active);
      },
    });
  }
};
