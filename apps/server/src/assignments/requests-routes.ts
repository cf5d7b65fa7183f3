import {
  AssignmentRequest,
  AssignmentRequestDecision,
  AssignmentRequestInput,
  AssignmentRequestList,
  AssignmentRequestStatus,
  ChangeRequestInput,
  KeysetPageQuery,
  Problem,
  ProviderRequestOverview,
  RequestSubmitted,
} from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { actorOf, requestContext } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import {
  decideTeamRequest,
  getTeamRequest,
  listTeamRequests,
  providerRequestOverview,
  submitAssignmentRequest,
  submitChangeRequest,
} from './requests.ts';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const Id = z.object({ id: z.string().min(1).max(100) });
const ListQuery = KeysetPageQuery.extend({ status: AssignmentRequestStatus.optional() });
const tags = ['assignments'];

/**
 * Providers' requests: JW315 verzoek om toewijzing and JW317 verzoek om wijziging from the
 * provider's screen (provider systems POST the XML to /api/ijw/messages), and the team's
 * "Verzoeken": list, read, grant (JW301) or refuse (JW319).
 */
export const requestRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/provider/assignment-requests',
    {
      config: { policy: policies.roles('provider') },
      schema: {
        tags,
        summary: "The provider's requests with their answers, and the products it may request",
        response: { 200: ProviderRequestOverview, ...errors },
      },
    },
    async (request) => providerRequestOverview(db, actorOf(request), requestContext(request)),
  );

  app.post(
    '/api/provider/assignment-requests',
    {
      config: { policy: policies.roles('provider') },
      schema: {
        tags,
        summary: 'Request an assignment after a referral (JW315; the municipality answers JW316)',
        body: AssignmentRequestInput,
        response: { 201: RequestSubmitted, ...errors },
      },
    },
    async (request, reply) => {
      const result = await submitAssignmentRequest(
        db,
        actorOf(request),
        request.body,
        requestContext(request),
      );
      return reply.status(201).send(result);
    },
  );

  app.post(
    '/api/provider/assignment-change-requests',
    {
      config: { policy: policies.roles('provider') },
      schema: {
        tags,
        summary: 'Request a change of an assignment (JW317; the municipality answers JW318)',
        body: ChangeRequestInput,
        response: { 201: RequestSubmitted, ...errors },
      },
    },
    async (request, reply) => {
      const result = await submitChangeRequest(db, actorOf(request), request.body, requestContext(request));
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/api/assignment-requests',
    {
      config: { policy: policies.roles('coordinator', 'team_lead') },
      schema: {
        tags,
        summary: "Providers' requests for clients of the team (Verzoeken)",
        description: 'Newest first. Keyset pages: send back `nextCursor` as `cursor` (decision 0031).',
        querystring: ListQuery,
        response: { 200: AssignmentRequestList, ...errors },
      },
    },
    async (request) => listTeamRequests(db, actorOf(request), requestContext(request), request.query),
  );

  app.get(
    '/api/assignment-requests/:id',
    {
      config: { policy: policies.roles('coordinator', 'team_lead') },
      schema: {
        tags,
        summary: 'One request of a provider',
        params: Id,
        response: { 200: AssignmentRequest, ...errors },
      },
    },
    async (request) => getTeamRequest(db, actorOf(request), request.params.id, requestContext(request)),
  );

  app.post(
    '/api/assignment-requests/:id/decision',
    {
      config: { policy: policies.roles('coordinator', 'team_lead') },
      schema: {
        tags,
        summary: 'Grant (assignment + JW301) or refuse (JW319 with a WJ759 reason) a request',
        params: Id,
        body: AssignmentRequestDecision,
        response: {
          200: z.object({ status: z.enum(['granted', 'refused']), assignmentId: z.string().nullable() }),
          ...errors,
        },
      },
    },
    async (request) =>
      decideTeamRequest(db, actorOf(request), request.params.id, request.body, requestContext(request)),
  );
};
