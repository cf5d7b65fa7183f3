import { HomeResponse, Problem } from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/database.ts';
import { actorOf, requestContext } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { getHome } from './service.ts';

export const homeRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/home',
    {
      config: { policy: policies.authenticated },
      schema: {
        tags: ['home'],
        summary: "Each role's home: its work now (a resident's own household in the portal)",
        response: { 200: HomeResponse, 401: Problem, 404: Problem },
      },
    },
    async (request) => getHome(db, actorOf(request), requestContext(request)),
  );
};
