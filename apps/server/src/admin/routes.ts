import {
  AdminAreaList,
  PostcodeImport,
  Problem,
  ReferralSettings,
  SaveAreaRequest,
} from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { actorOf } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import {
  getPostcodeImport,
  getReferralSettings,
  listAreas,
  saveArea,
  saveReferralSettings,
  startPostcodeImport,
} from './service.ts';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
const adminOnly = policies.roles('admin');

export const adminRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  // CSV uploads for the postcode import (scoped to this plugin).
  app.addContentTypeParser(
    ['text/csv', 'text/plain'],
    { parseAs: 'string', bodyLimit: 8 * 1_048_576 },
    (_req, body, done) => done(null, body),
  );

  app.get(
    '/api/admin/areas',
    {
      config: { policy: adminOnly },
      schema: {
        tags: ['admin'],
        summary: 'Areas, their teams and postcode sets',
        response: { 200: AdminAreaList, ...errors },
      },
    },
    async (request) => listAreas(db, actorOf(request).tenantId),
  );

  app.put(
    '/api/admin/areas/:id',
    {
      config: { policy: adminOnly },
      schema: {
        tags: ['admin'],
        summary: 'Create or replace an area with its team and postcode set',
        params: z.object({ id: z.string().regex(/^[a-z0-9-]{1,100}$/) }),
        body: SaveAreaRequest,
        response: { 200: AdminAreaList, ...errors },
      },
    },
    async (request) => {
      await saveArea(db, actorOf(request), request.params.id, request.body, request.id);
      return listAreas(db, actorOf(request).tenantId);
    },
  );

  app.post(
    '/api/admin/postcode-imports',
    {
      config: { policy: adminOnly },
      bodyLimit: 8 * 1_048_576,
      schema: {
        tags: ['admin'],
        summary: 'Import a CSV (postcode4,area,team); validated first, applied in batches; poll for progress',
        body: z.string().max(8 * 1_048_576),
        response: { 202: PostcodeImport, ...errors },
      },
    },
    async (request, reply) => {
      const started = await startPostcodeImport(db, actorOf(request), request.body, request.id, request.log);
      return reply.status(202).send(started);
    },
  );

  app.get(
    '/api/admin/postcode-imports/:id',
    {
      config: { policy: adminOnly },
      schema: {
        tags: ['admin'],
        summary: 'Progress and validation report of an import',
        params: z.object({ id: z.string().min(1).max(100) }),
        response: { 200: PostcodeImport, ...errors },
      },
    },
    async (request) => getPostcodeImport(db, actorOf(request).tenantId, request.params.id),
  );

  app.get(
    '/api/admin/referral-settings',
    {
      config: { policy: adminOnly },
      schema: {
        tags: ['admin'],
        summary: 'Fallback team and waiting-time norms',
        response: { 200: ReferralSettings, ...errors },
      },
    },
    async (request) => getReferralSettings(db, actorOf(request).tenantId),
  );

  app.put(
    '/api/admin/referral-settings',
    {
      config: { policy: adminOnly },
      schema: {
        tags: ['admin'],
        summary: 'Change the fallback team and waiting-time norms',
        body: ReferralSettings,
        response: { 200: ReferralSettings, ...errors },
      },
    },
    async (request) => saveReferralSettings(db, actorOf(request), request.body, request.id),
  );
};
