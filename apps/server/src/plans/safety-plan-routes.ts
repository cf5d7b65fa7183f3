import {
  Problem,
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
import { getSafetyPlan, setSafetyConditions, updateSafetySection } from './safety-plan.ts';
import { recordCheckDone, recordOwnScore, recordScore } from './safety-plan-records.ts';
import { safetyPlanSettings, saveSafetyPlanSettings } from './safety-plan-settings.ts';

const Params = z.object({ householdId: z.string().min(1).max(100) });
const CheckParams = Params.extend({ checkId: z.string().min(1).max(100) });
const Created = z.object({ id: z.string() });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const tags = ['plans'];
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
const professional = policies.roles('coordinator', 'team_lead');

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
    {
      config: { policy: professional },
      schema: {
        tags,
        summary: 'Replace the safety section (new plan version); conditions of Veilig Thuis / the GI stay',
        params: Params,
        body: SafetySectionInput,
        response: { 200: SafetyPlanResponse, ...errors },
      },
    },
    async (request) => {
      await updateSafetySection(
        db,
        actorOf(request),
        request.params.householdId,
        request.body,
        requestContext(request),
      );
      return getSafetyPlan(db, actorOf(request), request.params.householdId, requestContext(request));
    },
  );

  app.put(
    `${base}/conditions`,
    {
      config: { policy: policies.roles('safety', 'certified_institution') },
      schema: {
        tags,
        summary: 'Veilig Thuis or the GI sets its bottom-line conditions (new plan version)',
        params: Params,
        body: SafetyConditionsInput,
        response: { 200: SafetyPlanResponse, ...errors },
      },
    },
    async (request) => {
      await setSafetyConditions(
        db,
        actorOf(request),
        request.params.householdId,
        request.body,
        requestContext(request),
      );
      return getSafetyPlan(db, actorOf(request), request.params.householdId, requestContext(request));
    },
  );

  app.post(
    `${base}/checks/:checkId/done`,
    {
      config: { policy: professional },
      schema: {
        tags,
        summary: 'Record that a check of the safety plan was done',
        params: CheckParams,
        body: SafetyCheckDoneInput,
        response: { 201: Created, ...errors },
      },
    },
    async (request, reply) => {
      const { householdId, checkId } = request.params;
      const id = await recordCheckDone(
        db,
        actorOf(request),
        householdId,
        checkId,
        request.body,
        requestContext(request),
      );
      return reply.status(201).send({ id });
    },
  );

  app.post(
    `${base}/scores`,
    {
      config: { policy: professional },
      schema: {
        tags,
        summary: "Record a participant's score on the 0–10 safety scale",
        params: Params,
        body: SafetyScoreInput,
        response: { 201: Created, ...errors },
      },
    },
    async (request, reply) => {
      const id = await recordScore(
        db,
        actorOf(request),
        request.params.householdId,
        request.body,
        requestContext(request),
      );
      return reply.status(201).send({ id });
    },
  );

  app.post(
    `${base}/scores/own`,
    {
      config: { policy: policies.roles('resident') },
      schema: {
        tags,
        summary: 'A parent or a youth of 12+ gives their own score on the safety scale (portal)',
        params: Params,
        body: SafetyOwnScoreInput,
        response: { 201: Created, ...errors },
      },
    },
    async (request, reply) => {
      const id = await recordOwnScore(
        db,
        actorOf(request),
        request.params.householdId,
        request.body,
        requestContext(request),
      );
      return reply.status(201).send({ id });
    },
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
