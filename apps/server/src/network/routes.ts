import {
  NetworkDecision,
  NetworkMember,
  NetworkMemberInput,
  NetworkMemberUpdate,
  NetworkSuggestionInput,
  Problem,
} from '@een-plan/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { getResidentHouseholdId } from '../households/membership.ts';
import type { Actor } from '../policy/actor.ts';
import type { RequestOrigin } from '../policy/request-context.ts';
import { actorOf, requestContext } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import {
  addNetworkMember,
  decideNetworkMember,
  suggestNetworkMember,
  updateNetworkMember,
} from './service.ts';

const HouseholdParams = z.object({ id: z.string().min(1).max(64) });
const MemberParams = HouseholdParams.extend({ memberId: z.string().min(1).max(64) });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

type MemberChange<Body> = (
  db: Db,
  actor: Actor,
  ctx: RequestOrigin,
  householdId: string,
  memberId: string,
  body: Body,
) => Promise<NetworkMember>;

export const networkRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  /** One handler for every change to one member: the service gets the household, member and body. */
  const onMember =
    <Body>(change: MemberChange<Body>) =>
    (request: FastifyRequest<{ Params: z.infer<typeof MemberParams>; Body: Body }>) =>
      change(
        db,
        actorOf(request),
        requestContext(request),
        request.params.id,
        request.params.memberId,
        request.body as Body,
      );

  app.post(
    '/api/households/:id/network',
    {
      config: { policy: policies.roles('coordinator') },
      schema: {
        tags: ['network'],
        summary: 'Add someone from outside the household to its network',
        params: HouseholdParams,
        body: NetworkMemberInput,
        response: { 201: NetworkMember, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await addNetworkMember(
            db,
            actorOf(request),
            requestContext(request),
            request.params.id,
            request.body,
          ),
        ),
  );

  app.put(
    '/api/households/:id/network/:memberId',
    {
      config: { policy: policies.roles('coordinator') },
      schema: {
        tags: ['network'],
        summary: 'Change a network member (version check)',
        params: MemberParams,
        body: NetworkMemberUpdate,
        response: { 200: NetworkMember, ...errors },
      },
    },
    onMember(updateNetworkMember),
  );

  app.post(
    '/api/households/:id/network/:memberId/decision',
    {
      config: { policy: policies.roles('coordinator') },
      schema: {
        tags: ['network'],
        summary: "Accept or decline a family's suggestion, or end someone's part in the network",
        params: MemberParams,
        body: NetworkDecision,
        response: { 200: NetworkMember, ...errors },
      },
    },
    onMember(decideNetworkMember),
  );

  app.post(
    '/api/portal/network-suggestions',
    {
      config: { policy: policies.roles('resident') },
      schema: {
        tags: ['portal'],
        summary: 'The family suggests someone around them who can help',
        body: NetworkSuggestionInput,
        response: { 201: NetworkMember, ...errors },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const householdId = await getResidentHouseholdId(db, actor);
      return reply
        .status(201)
        .send(await suggestNetworkMember(db, actor, requestContext(request), householdId, request.body));
    },
  );
};
