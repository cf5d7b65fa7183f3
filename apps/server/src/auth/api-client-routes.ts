import { ApiClientCreated, ApiClientInput, ApiClientList, Problem } from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { actorOf, requestContext } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { createApiClient, listApiClients, revokeApiClient } from './api-clients.ts';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const params = z.object({ organisationId: z.string().min(1).max(100) });

/** Administrators connect a provider's system to the iJw transport endpoint. */
export const apiClientRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const base = '/api/admin/providers/:organisationId/api-clients';

  app.get(
    base,
    {
      config: { policy: policies.roles('admin') },
      schema: {
        tags: ['assignments'],
        summary: "A provider's system connections (never their tokens)",
        params,
        response: { 200: ApiClientList, ...errors },
      },
    },
    async (request) => ({
      clients: await listApiClients(db, actorOf(request).tenantId, request.params.organisationId),
    }),
  );

  app.post(
    base,
    {
      config: { policy: policies.roles('admin') },
      schema: {
        tags: ['assignments'],
        summary: 'Create a system connection; the bearer token is in this answer only',
        params,
        body: ApiClientInput,
        response: { 201: ApiClientCreated, ...errors },
      },
    },
    async (request, reply) => {
      const created = await createApiClient(
        db,
        actorOf(request),
        request.params.organisationId,
        request.body,
        requestContext(request),
      );
      return reply.status(201).header('cache-control', 'no-store').send(created);
    },
  );

  app.delete(
    `${base}/:id`,
    {
      config: { policy: policies.roles('admin') },
      schema: {
        tags: ['assignments'],
        summary: 'Revoke a system connection: its next request is refused',
        params: params.extend({ id: z.string().min(1).max(100) }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await revokeApiClient(
        db,
        actorOf(request),
        request.params.organisationId,
        request.params.id,
        requestContext(request),
      );
      return reply.status(204).send(null);
    },
  );
};
