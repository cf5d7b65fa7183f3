import { BreakGlassLookup, BreakGlassLookupResult, MyBreakGlassList, Problem } from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/database.ts';
import { actorOf, requestContext } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { lookupForBreakGlass, myBreakGlass } from './break-glass-lookup.ts';

const errors = { 400: Problem, 401: Problem, 403: Problem };

/** Veilig Thuis finds the household to open under the meldcode, and sees its own accesses. */
export const breakGlassRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.post(
    '/api/break-glass/lookup',
    {
      config: { policy: policies.roles('safety'), readsOnly: true },
      schema: {
        tags: ['consent'],
        summary: 'Find a household by exact data before opening it under the meldcode (audited)',
        description: 'BSN and birth date, or surname, birth date and postcode; in the body, never in a URL.',
        body: BreakGlassLookup,
        response: { 200: BreakGlassLookupResult, ...errors },
      },
    },
    async (request) => ({
      items: await lookupForBreakGlass(db, actorOf(request), request.body, {
        requestId: request.id,
        clientAddress: request.ip,
      }),
    }),
  );

  app.get(
    '/api/break-glass/mine',
    {
      config: { policy: policies.roles('safety') },
      schema: {
        tags: ['consent'],
        summary: 'My break-glass accesses of the last 30 days, with their expiry',
        response: { 200: MyBreakGlassList, ...errors },
      },
    },
    async (request) => ({
      items: await myBreakGlass(db, actorOf(request), requestContext(request)),
    }),
  );
};
