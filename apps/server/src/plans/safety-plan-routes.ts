import {
  SafetyCheckDoneInput,
  SafetyConditionsInput,
  SafetyOwnScoreInput,
  SafetyPlanResponse,
  SafetyPlanSettings,
  SafetyScoreInput,
  SafetySectionInput,
} from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { actorOf, requestContext } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import {
  createdBy,
  createRoute,
  errors,
  householdWrite,
  onHousehold,
  Params,
  professional,
  tags,
} from './route-parts.ts';
import { getSafetyPlan, setSafetyConditions, updateSafetySection } from './safety-plan.ts';
import { recordCheckDone, recordOwnScore, recordScore } from './safety-plan-records.ts';
import { safetyPlanSettings, saveSafetyPlanSettings } from './safety-plan-settings.ts';

const CheckParams = Params.extend({ checkId: z.string().min(1).max(100) });
/** Who can reach these routes at all; the policy decides per household (decide-safety-plan.ts). */
const readers = policies.roles(
  'coordinator',
  'team_lead',
  'resident',
  'safety',
  'certified_institution',
  'source',
  'provider',
);

/** The safety section of the family plan: /api/households/:householdId/plan/safety/… */
export const safetyPlanRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const base = '/api/households/:householdId/plan/safety';

  app.get(
    base,
    {
      config: { policy: readers },
      schema: {
        tags,
        summary: 'The safety section of the plan with its checks and safety scale',
        params: Params,
        response: { 200: SafetyPlanResponse, ...errors },
      },
    },
    async (request) =>
      getSafetyPlan(db, actorOf(request), request.params.householdId, requestContext(request)),
  );

  app.put(
    base,
    householdWrite(
      professional,
      'Replace the safety section (new plan version); conditions of Veilig Thuis / the GI stay',
      Params,
      SafetySectionInput,
      { 200: SafetyPlanResponse },
    ),
    async (request) => {
      await onHousehold(request, (actor, householdId, body, ctx) =>
        updateSafetySection(db, actor, householdId, body, ctx),
      );
      return getSafetyPlan(db, actorOf(request), request.params.householdId, requestContext(request));
    },
  );

  app.put(
    `${base}/conditions`,
    householdWrite(
      policies.roles('safety', 'certified_institution'),
      'Veilig Thuis or the GI sets its bottom-line conditions (new plan version)',
      Params,
      SafetyConditionsInput,
      { 200: SafetyPlanResponse },
    ),
    async (request) => {
      await onHousehold(request, (actor, householdId, body, ctx) =>
        setSafetyConditions(db, actor, householdId, body, ctx),
      );
      return getSafetyPlan(db, actorOf(request), request.params.householdId, requestContext(request));
    },
  );

  app.post(
    `${base}/checks/:checkId/done`,
    createRoute(
      professional,
      'Record that a check of the safety plan was done',
      CheckParams,
      SafetyCheckDoneInput,
    ),
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createdBy(request, (actor, householdId, body, ctx) =>
            recordCheckDone(db, actor, householdId, request.params.checkId, body, ctx),
          ),
        ),
  );

  app.post(
    `${base}/scores`,
    createRoute(
      professional,
      "Record a participant's score on the 0–10 safety scale",
      Params,
      SafetyScoreInput,
    ),
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createdBy(request, (actor, householdId, body, ctx) =>
            recordScore(db, actor, householdId, body, ctx),
          ),
        ),
  );

  app.post(
    `${base}/scores/own`,
    createRoute(
      policies.roles('resident'),
      'A parent or a youth of 12+ gives their own score on the safety scale (portal)',
      Params,
      SafetyOwnScoreInput,
    ),
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createdBy(request, (actor, householdId, body, ctx) =>
            recordOwnScore(db, actor, householdId, body, ctx),
          ),
        ),
  );

  app.get(
    '/api/admin/safety-plan-settings',
    {
      config: { policy: policies.roles('admin', 'coordinator', 'team_lead') },
      schema: {
        tags,
        summary: "The tenant's safety-scale threshold",
        response: { 200: SafetyPlanSettings, ...errors },
      },
    },
    async (request) => safetyPlanSettings(db, requestContext(request).tenantId),
  );

  app.put(
    '/api/admin/safety-plan-settings',
    {
      config: { policy: policies.roles('admin') },
      schema: {
        tags,
        summary: "Set the tenant's safety-scale threshold",
        body: SafetyPlanSettings,
        response: { 200: SafetyPlanSettings, ...errors },
      },
    },
    async (request) => saveSafetyPlanSettings(db, requestContext(request), request.body),
  );
};
