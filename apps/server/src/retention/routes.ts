import {
  DecideErasureRequest,
  DestroyRequest,
  DestroyResult,
  DryRun,
  DueList,
  ErasureCandidateList,
  ErasureDryRun,
  ErasureHouseholdSearch,
  ErasureRequest,
  ErasureRequestList,
  NewErasureRequest,
  Problem,
  RetentionTerms,
  SaveRetentionTerms,
  TraceList,
} from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { actorOf, requestContext } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { decideErasureRequest, listErasureRequests, recordErasureRequest } from './erasure.ts';
import { erasureDryRun } from './erasure-dry-run.ts';
import { searchErasureHouseholds } from './erasure-search.ts';
import { destroyDue, dryRun, dueList, listTraces } from './service.ts';
import { getTerms, saveTerms } from './terms.ts';

const tags = ['retention'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
// Destroying dossiers is the administrator's alone (brief: issue 16).
const adminOnly = policies.roles('admin');

export const retentionRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const route = { config: { policy: adminOnly } };

  app.get(
    '/api/admin/retention/terms',
    {
      ...route,
      schema: {
        tags,
        summary: 'Retention terms per record type',
        response: { 200: RetentionTerms, ...errors },
      },
    },
    async (request) => getTerms(db, actorOf(request).tenantId),
  );

  app.put(
    '/api/admin/retention/terms',
    {
      ...route,
      schema: {
        tags,
        summary: 'Set the tenant’s retention terms',
        body: SaveRetentionTerms,
        response: { 200: RetentionTerms, ...errors },
      },
    },
    async (request) => saveTerms(db, actorOf(request), request.body, request.id),
  );

  app.get(
    '/api/admin/retention/due',
    {
      ...route,
      schema: {
        tags,
        summary: 'Dossiers whose retention term has passed',
        response: { 200: DueList, ...errors },
      },
    },
    async (request) => dueList(db, requestContext(request)),
  );

  app.post(
    '/api/admin/retention/dry-run',
    {
      ...route,
      schema: {
        tags,
        summary: 'What destroying the due dossiers would remove; changes nothing',
        response: { 200: DryRun, ...errors },
      },
    },
    async (request) => dryRun(db, actorOf(request), request.id),
  );

  app.post(
    '/api/admin/retention/destructions',
    {
      ...route,
      schema: {
        tags,
        summary: 'Destroy due dossiers as a whole, after explicit confirmation',
        body: DestroyRequest,
        response: { 200: DestroyResult, ...errors },
      },
    },
    async (request) => destroyDue(db, actorOf(request), request.id, request.body),
  );

  app.get(
    '/api/admin/retention/traces',
    {
      ...route,
      schema: { tags, summary: 'Traces of destroyed dossiers', response: { 200: TraceList, ...errors } },
    },
    async (request) => listTraces(db, actorOf(request).tenantId),
  );

  app.get(
    '/api/admin/retention/erasure-requests',
    {
      ...route,
      schema: {
        tags,
        summary: 'Erasure requests and their deadlines',
        response: { 200: ErasureRequestList, ...errors },
      },
    },
    async (request) => listErasureRequests(db, requestContext(request)),
  );

  app.post(
    '/api/admin/retention/erasure-requests',
    {
      ...route,
      schema: {
        tags,
        summary: 'Record an erasure request: the whole dossier (Jeugdwet 7.3.9) or one person (AVG art. 17)',
        description: 'A second open request for the same dossier or person is refused with 409.',
        body: NewErasureRequest,
        response: { 201: ErasureRequest, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordErasureRequest(db, actorOf(request), request.id, request.body)),
  );

  app.post(
    '/api/admin/retention/erasure-requests/household-search',
    {
      ...route,
      schema: {
        tags,
        summary: 'Find the household of an erasure request by a member’s name or postcode (audited)',
        description: 'In the body, never in a URL. Returns everyone who ever belonged to each household.',
        body: ErasureHouseholdSearch,
        response: { 200: ErasureCandidateList, ...errors },
      },
    },
    async (request) => searchErasureHouseholds(db, requestContext(request), request.body),
  );

  app.post(
    '/api/admin/retention/erasure-requests/:id/dry-run',
    {
      ...route,
      schema: {
        tags,
        summary:
          'What executing an erasure request would remove (and, for one person, keep); changes nothing',
        params: z.object({ id: z.string().min(1).max(100) }),
        response: { 200: ErasureDryRun, ...errors },
      },
    },
    async (request) => erasureDryRun(db, requestContext(request), request.params.id),
  );

  app.post(
    '/api/admin/retention/erasure-requests/:id/decision',
    {
      ...route,
      schema: {
        tags,
        summary: 'Decide an erasure request: refuse (with grounds) or execute (confirmed)',
        params: z.object({ id: z.string().min(1).max(100) }),
        body: DecideErasureRequest,
        response: { 200: ErasureRequest, ...errors },
      },
    },
    async (request) =>
      decideErasureRequest(db, actorOf(request), request.id, request.params.id, request.body),
  );
};
