import {
  Problem,
  SocialOffer,
  SocialOfferInput,
  SocialOfferPage,
  SocialOfferSearch,
  UpdateSocialOfferRequest,
} from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { actorOf, requestOrigin } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { createOffer, getOffer, searchOffers, updateOffer } from './service.ts';

const IdParams = z.object({ id: z.string().min(1).max(100) });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

export const socialMapRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/social-map/offers',
    {
      config: { policy: policies.authenticated },
      schema: {
        tags: ['social-map'],
        summary: 'Search the social map by need (life domain), age, area and text',
        querystring: SocialOfferSearch,
        response: { 200: SocialOfferPage, 400: Problem, 401: Problem },
      },
    },
    async (request) => searchOffers(db, actorOf(request), request.query),
  );

  app.get(
    '/api/social-map/offers/:id',
    {
      config: { policy: policies.authenticated },
      schema: {
        tags: ['social-map'],
        summary: 'One offer',
        params: IdParams,
        response: { 200: SocialOffer, ...errors },
      },
    },
    async (request) => getOffer(db, actorOf(request), request.params.id),
  );

  app.post(
    '/api/social-map/offers',
    {
      config: { policy: policies.roles('admin', 'provider') },
      schema: {
        tags: ['social-map'],
        summary: 'Add an offer (administrator, or an organisation for itself)',
        body: SocialOfferInput,
        response: { 201: SocialOffer, ...errors },
      },
    },
    async (request, reply) => {
      const id = await createOffer(db, actorOf(request), request.body, requestOrigin(request));
      return reply.status(201).send(await getOffer(db, actorOf(request), id));
    },
  );

  app.put(
    '/api/social-map/offers/:id',
    {
      config: { policy: policies.roles('admin', 'provider') },
      schema: {
        tags: ['social-map'],
        summary: 'Change an offer (optimistic concurrency by version)',
        params: IdParams,
        body: UpdateSocialOfferRequest,
        response: { 200: SocialOffer, ...errors },
      },
    },
    async (request) =>
      updateOffer(db, actorOf(request), request.params.id, request.body, requestOrigin(request)),
  );
};
