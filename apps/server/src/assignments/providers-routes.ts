import { Problem, ProviderInput, ProviderList } from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { actorOf, requestContext } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { createProvider, listProviders } from './providers.ts';

const errors = { 400: Problem, 401: Problem, 403: Problem, 409: Problem };

/** Administrators record youth-care providers (AGB code) before their contracts. */
export const providerRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/admin/providers',
    {
      config: { policy: policies.roles('admin') },
      schema: {
        tags: ['assignments'],
        summary: 'Youth-care providers with their AGB codes',
        response: { 200: ProviderList, ...errors },
      },
    },
    async (request) => ({ providers: await listProviders(db, actorOf(request).tenantId) }),
  );

  app.post(
    '/api/admin/providers',
    {
      config: { policy: policies.roles('admin') },
      schema: {
        tags: ['assignments'],
        summary: 'Record a youth-care provider',
        body: ProviderInput,
        response: { 201: z.object({ id: z.string() }), ...errors },
      },
    },
    async (request, reply) => {
      const id = await createProvider(db, actorOf(request), request.body, requestContext(request));
      return reply.status(201).send({ id });
    },
  );
};
