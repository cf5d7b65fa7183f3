import {
  EndMeasureRequest,
  ExtendMeasureRequest,
  Problem,
  ProtectionMeasure,
  ProtectionMeasureList,
  RecordPlacementRequest,
  RegisterMeasureRequest,
} from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { requestContext } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { endMeasure, extendMeasure, recordPlacement, registerMeasure } from './changes.ts';
import { getMeasure, listHouseholdMeasures, listOwnMeasures } from './measures.ts';

const tags = ['protection'];
const IdParams = z.object({ id: z.string().min(1).max(100) });
const HouseholdParams = z.object({ householdId: z.string().min(1).max(100) });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const gi = policies.roles('certified_institution');

export const protectionRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/protection/measures',
    {
      config: { policy: gi },
      schema: {
        tags,
        summary: "The GI's own measures in force, soonest end first",
        response: { 200: ProtectionMeasureList, ...errors },
      },
    },
    async (request) => ({ items: await listOwnMeasures(db, requestContext(request)) }),
  );

  app.post(
    '/api/protection/measures',
    {
      config: { policy: gi },
      schema: {
        tags,
        summary: 'Register a child-protection measure (checked against its legal maximum)',
        body: RegisterMeasureRequest,
        response: { 201: ProtectionMeasure, ...errors },
      },
    },
    async (request, reply) => {
      reply.code(201);
      return registerMeasure(db, requestContext(request), request.body);
    },
  );

  app.get(
    '/api/protection/measures/:id',
    {
      config: { policy: policies.roles('certified_institution', 'coordinator', 'team_lead') },
      schema: {
        tags,
        summary: 'One measure with its deadlines',
        params: IdParams,
        response: { 200: ProtectionMeasure, ...errors },
      },
    },
    async (request) => getMeasure(db, requestContext(request), request.params.id),
  );

  /** A change the GI records on its measure: the measure back on success. */
  const change = <B extends z.ZodType>(summary: string, body: B) => ({
    config: { policy: gi },
    schema: { tags, summary, params: IdParams, body, response: { 200: ProtectionMeasure, ...errors } },
  });
  app.post(
    '/api/protection/measures/:id/extension',
    change('Record an extension the court granted (at most the legal maximum)', ExtendMeasureRequest),
    async (request) => extendMeasure(db, requestContext(request), request.params.id, request.body),
  );
  app.post(
    '/api/protection/measures/:id/placement',
    change('Record the day a machtiging uithuisplaatsing was used', RecordPlacementRequest),
    async (request) => recordPlacement(db, requestContext(request), request.params.id, request.body),
  );
  app.post('/api/protection/measures/:id/end', change('End a measure', EndMeasureRequest), async (request) =>
    endMeasure(db, requestContext(request), request.params.id, request.body),
  );

  app.get(
    '/api/households/:householdId/protection-measures',
    {
      config: { policy: policies.roles('coordinator', 'team_lead', 'certified_institution') },
      schema: {
        tags,
        summary: "A household's child-protection measures (only for those who may know)",
        params: HouseholdParams,
        response: { 200: ProtectionMeasureList, ...errors },
      },
    },
    async (request) => listHouseholdMeasures(db, requestContext(request), request.params.householdId),
  );
};
