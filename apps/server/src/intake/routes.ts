import {
  Intake,
  IntakeView,
  PortalPreparationView,
  Preparation,
  Problem,
  SaveIntakeRequest,
  SavePreparationRequest,
} from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { actorOf, requestContext } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { getIntakeView, getPortalPreparation, saveIntake, savePortalPreparation } from './service.ts';

const HouseholdParams = z.object({ id: z.string().min(1).max(64) });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

export const intakeRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/households/:id/intake',
    {
      config: { policy: policies.roles('coordinator', 'team_lead') },
      schema: {
        tags: ['intake'],
        summary: "Kitchen-table conversation: the family's preparation and the coordinator's intake",
        params: HouseholdParams,
        response: { 200: IntakeView, ...errors },
      },
    },
    async (request) => getIntakeView(db, actorOf(request), requestContext(request), request.params.id),
  );

  app.put(
    '/api/households/:id/intake',
    {
      config: { policy: policies.roles('coordinator') },
      schema: {
        tags: ['intake'],
        summary:
          'Save the intake: notes per life domain, self-reliance scores, safety screening (version check)',
        params: HouseholdParams,
        body: SaveIntakeRequest,
        response: { 200: Intake, ...errors },
      },
    },
    async (request) =>
      saveIntake(db, actorOf(request), requestContext(request), request.params.id, request.body),
  );

  app.get(
    '/api/portal/preparation',
    {
      config: { policy: policies.roles('resident') },
      schema: {
        tags: ['portal'],
        summary: "The family's own preparation of the kitchen-table conversation",
        response: { 200: PortalPreparationView, ...errors },
      },
    },
    async (request) => getPortalPreparation(db, actorOf(request), requestContext(request)),
  );

  app.put(
    '/api/portal/preparation',
    {
      config: { policy: policies.roles('resident') },
      schema: {
        tags: ['portal'],
        summary: 'Save the preparation (version check)',
        body: SavePreparationRequest,
        response: { 200: Preparation, ...errors },
      },
    },
    async (request) => savePortalPreparation(db, actorOf(request), requestContext(request), request.body),
  );
};
