import {
  Place,
  PlaceHitList,
  PlaceInput,
  PlaceList,
  PlacementSettings,
  PlaceSearchQuery,
  PlaceUpdate,
  Problem,
  RegionalQuery,
  RegionalView,
  ReservationAnswer,
  ReservationInput,
  ReservationList,
} from '@een-plan/contracts';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { actorOf, requestOrigin } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { onPlaceChanges } from './live.ts';
import { confirmPlace, listOwnPlaces, publishPlace, updatePlace } from './places.ts';
import { regionalView } from './regional.ts';
import { cancelReservation } from './reservation-cancel.ts';
import { answerReservation, reservePlace } from './reservations.ts';
import { listReservations } from './reservations-list.ts';
import { searchPlacesJson } from './search.ts';
import { placementSettings, savePlacementSettings } from './settings.ts';

const tags = ['placements'];

/** Sends JSON text the database wrote (the schema above documents its shape) as it is. */
const sendJsonText = (reply: FastifyReply, text: string) =>
  reply.type('application/json; charset=utf-8').send(text);
const IdParams = z.object({ id: z.string().min(1).max(100) });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const coordinator = policies.roles('coordinator');
const provider = policies.roles('provider');
/** Keep-alive comment for proxies that close quiet connections. */
const HEARTBEAT_MS = 25_000;

export const placementRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/placements/search',
    {
      config: { policy: coordinator },
      schema: {
        tags,
        summary: 'Free places near the family, "zo thuis mogelijk" first (closed places only with a measure)',
        querystring: PlaceSearchQuery,
        response: { 200: PlaceHitList, ...errors },
      },
    },
    async (request, reply) => {
      // PostgreSQL wrote the hits field by field from the contract (searchPlacesJson): sent as
      // they come instead of parsed, checked and written out again on every search.
      const places = await searchPlacesJson(db, actorOf(request), request.query, requestOrigin(request));
      return sendJsonText(reply, `{"places":${places}}`);
    },
  );

  app.get(
    '/api/placements/events',
    {
      config: { policy: coordinator },
      schema: {
        tags,
        summary: 'Server-sent events: a place’s availability changed (ids and free counts only)',
      },
    },
    (request, reply) => {
      const actor = actorOf(request);
      // Taken over, the raw response would lose the headers set on the reply (security, request id).
      for (const [name, value] of Object.entries(reply.getHeaders()))
        if (value !== undefined) reply.raw.setHeader(name, value);
      reply.hijack();
      reply.raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      reply.raw.write(': connected\n\n');
      const stop = onPlaceChanges(db, actor.tenantId, (changes) => {
        reply.raw.write(`event: places\ndata: ${JSON.stringify(changes)}\n\n`);
      });
      const heartbeat = setInterval(() => reply.raw.write(': ping\n\n'), HEARTBEAT_MS);
      request.raw.on('close', () => {
        clearInterval(heartbeat);
        stop();
      });
    },
  );

  app.post(
    '/api/placements/:id/reservations',
    {
      config: { policy: coordinator },
      schema: {
        tags,
        summary: 'Reserve a place for a youth (held until the provider answers or it expires)',
        params: IdParams,
        body: ReservationInput,
        response: { 201: z.object({ id: z.string(), expiresAt: z.string() }), ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await reservePlace(db, actorOf(request), request.params.id, request.body, requestOrigin(request)),
        ),
  );

  app.get(
    '/api/placements/reservations',
    {
      config: { policy: policies.roles('coordinator', 'provider') },
      schema: {
        tags,
        summary: 'Reservations: a coordinator’s own, or those on the provider’s places',
        response: { 200: ReservationList, ...errors },
      },
    },
    async (request) => ({
      reservations: await listReservations(db, actorOf(request), requestOrigin(request)),
    }),
  );

  app.post(
    '/api/placements/reservations/:id/cancel',
    {
      config: { policy: coordinator },
      schema: {
        tags,
        summary: 'Let go of a held place before the provider answers (the place is free again)',
        params: IdParams,
        response: { 200: z.object({ status: z.literal('cancelled') }), ...errors },
      },
    },
    async (request) => cancelReservation(db, actorOf(request), request.params.id, requestOrigin(request)),
  );

  app.get(
    '/api/placements/regional',
    {
      config: { policy: policies.roles('team_lead', 'policy_analyst') },
      schema: {
        tags,
        summary: 'Free, reserved and occupied places per type, region and week (counts only)',
        querystring: RegionalQuery,
        response: { 200: RegionalView, ...errors },
      },
    },
    async (request) => regionalView(await request.readDb(), actorOf(request).tenantId, request.query.from),
  );

  app.get(
    '/api/provider/places',
    {
      config: { policy: provider },
      schema: {
        tags,
        summary: 'My organisation’s published places',
        response: { 200: PlaceList, ...errors },
      },
    },
    async (request) => ({ places: await listOwnPlaces(db, actorOf(request)) }),
  );

  app.post(
    '/api/provider/places',
    {
      config: { policy: provider },
      schema: {
        tags,
        summary: 'Publish a place (the contract must cover its type)',
        body: PlaceInput,
        response: { 201: Place, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await publishPlace(db, actorOf(request), request.body, requestOrigin(request))),
  );

  app.patch(
    '/api/provider/places/:id',
    {
      config: { policy: provider },
      schema: {
        tags,
        summary: 'Change the number of places, end date or notes (also confirms the place)',
        params: IdParams,
        body: PlaceUpdate,
        response: { 200: Place, ...errors },
      },
    },
    async (request) =>
      updatePlace(db, actorOf(request), request.params.id, request.body, requestOrigin(request)),
  );

  app.post(
    '/api/provider/places/:id/confirm',
    {
      config: { policy: provider },
      schema: {
        tags,
        summary: 'Confirm the place is still as published (clears the stale mark)',
        params: IdParams,
        response: { 200: Place, ...errors },
      },
    },
    async (request) => confirmPlace(db, actorOf(request), request.params.id, requestOrigin(request)),
  );

  app.post(
    '/api/provider/reservations/:id/answer',
    {
      config: { policy: provider },
      schema: {
        tags,
        summary: 'Confirm (assignment and JW301 follow) or decline a reservation',
        params: IdParams,
        body: ReservationAnswer,
        response: {
          200: z.object({ status: z.enum(['confirmed', 'declined']), assignmentId: z.string().nullable() }),
          ...errors,
        },
      },
    },
    async (request) =>
      answerReservation(db, actorOf(request), request.params.id, request.body, requestOrigin(request)),
  );

  app.get(
    '/api/admin/placement-settings',
    {
      config: { policy: policies.roles('admin') },
      schema: { tags, summary: 'Plekvrij settings', response: { 200: PlacementSettings, ...errors } },
    },
    async (request) => placementSettings(db, actorOf(request).tenantId),
  );

  app.put(
    '/api/admin/placement-settings',
    {
      config: { policy: policies.roles('admin') },
      schema: {
        tags,
        summary: 'Change how long a reservation holds a place',
        body: PlacementSettings,
        response: { 200: PlacementSettings, ...errors },
      },
    },
    async (request) => savePlacementSettings(db, actorOf(request), request.body, requestOrigin(request)),
  );
};
