import { DeclarationHistory, DeclarationInput, DeclarationOutcome, Problem } from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { actorOf } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { declarationHistory } from './declarations-history.ts';
import { declareCare } from './declare-care.ts';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const Id = z.object({ id: z.string().min(1).max(100) });

/** Declarations of delivered care (JW323) from the provider's screen; the answer is the JW325's outcome. */
export const declarationRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/provider/assignments/:id/declarations',
    {
      config: { policy: policies.roles('provider') },
      schema: {
        tags: ['assignments'],
        summary: "The own organisation's earlier declarations for one assignment, with the judgement (JW325)",
        params: Id,
        response: { 200: DeclarationHistory, ...errors },
      },
    },
    async (request) =>
      declarationHistory(db, actorOf(request), request.params.id, {
        requestId: request.id,
        clientAddress: request.ip,
      }),
  );

  app.post(
    '/api/provider/assignments/:id/declarations',
    {
      config: { policy: policies.roles('provider') },
      schema: {
        tags: ['assignments'],
        summary: 'Declare delivered care for one month (JW323; the municipality answers JW325)',
        params: Id,
        body: DeclarationInput,
        response: { 200: DeclarationOutcome, ...errors },
      },
    },
    async (request) =>
      declareCare(db, actorOf(request), request.params.id, request.body, {
        requestId: request.id,
        clientAddress: request.ip,
      }),
  );
};
