import {
  FamilyPlanResponse,
  PlanContentInput,
  PlanLifeDomainList,
  PlanTransitionInput,
  Problem,
} from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { getResidentHouseholdId } from '../households/membership.ts';
import { actorOf, requestContext } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { listLifeDomains } from '../tenancy/life-domains.ts';
import { closePlan } from './closure.ts';
import { Created, errors, Ok, Params, planAccess, professional, tags } from './route-parts.ts';
import { registerPlanParticipationRoutes } from './routes-participation.ts';
import { registerPlanReadingRoutes } from './routes-reading.ts';
import { createPlan, getPlan, transitionPlan, updatePlanContent } from './service.ts';

/** The family plan: /api/households/:householdId/plan/… for coordinator, team and the family. */
export const planRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const base = '/api/households/:householdId/plan';

  app.get(
    '/api/life-domains',
    {
      config: { policy: policies.authenticated },
      schema: {
        tags,
        summary: 'Life domains (code list)',
        response: { 200: PlanLifeDomainList, 401: Problem },
      },
    },
    async () => ({ domains: await listLifeDomains(db) }),
  );

  app.get(
    '/api/my/plan',
    {
      config: { policy: policies.roles('resident') },
      schema: {
        tags,
        summary: "The resident's own household plan",
        response: { 200: FamilyPlanResponse, ...errors },
      },
    },
    async (request) => {
      const householdId = await getResidentHouseholdId(db, actorOf(request));
      return getPlan(db, actorOf(request), householdId, requestContext(request));
    },
  );

  app.get(
    base,
    {
      config: { policy: planAccess },
      schema: {
        tags,
        summary: 'Current family plan of a household',
        params: Params,
        response: { 200: FamilyPlanResponse, ...errors },
      },
    },
    async (request) => getPlan(db, actorOf(request), request.params.householdId, requestContext(request)),
  );

  app.post(
    base,
    {
      config: { policy: professional },
      schema: {
        tags,
        summary: 'Start a concept plan',
        params: Params,
        body: z.object({ vision: z.string().trim().max(4000).default('') }),
        response: { 201: Created, ...errors },
      },
    },
    async (request, reply) => {
      const id = await createPlan(
        db,
        actorOf(request),
        request.params.householdId,
        request.body.vision,
        requestContext(request),
      );
      return reply.status(201).send({ id });
    },
  );

  app.put(
    base,
    {
      config: { policy: professional },
      schema: {
        tags,
        summary: 'Replace vision, goals and actions (new version); 409 version_conflict when stale',
        params: Params,
        body: PlanContentInput,
        response: { 200: FamilyPlanResponse, ...errors },
      },
    },
    async (request) => {
      const { householdId } = request.params;
      const plan = await updatePlanContent(
        db,
        actorOf(request),
        householdId,
        request.body,
        requestContext(request),
      );
      return { plan, householdId };
    },
  );

  app.post(
    `${base}/transitions`,
    {
      config: { policy: professional },
      schema: {
        tags,
        summary: 'Move the plan to another state',
        params: Params,
        body: PlanTransitionInput,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { householdId } = request.params;
      // Closing is never only a state: it closes everything that hangs on the plan (closure.ts).
      if (request.body.to === 'closed') {
        await closePlan(
          db,
          actor,
          householdId,
          { version: request.body.version, reason: 'other', actions: [] },
          requestContext(request),
        );
      } else {
        await transitionPlan(db, actor, householdId, request.body, requestContext(request));
      }
      return { ok: true as const };
    },
  );

  registerPlanParticipationRoutes(app, db, base);
  registerPlanReadingRoutes(app, db, base);
};
