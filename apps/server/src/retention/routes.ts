import { retentionRoutes as api, Problem } from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/database.ts';
import { contractRoute } from '../http/contract-route.ts';
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

/** The retention routes of the contract table (packages/contracts/src/retention.ts, decision 0030). */
export const retentionRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const config = { policy: adminOnly };

  app.route({
    ...contractRoute(api.terms, errors, { tags, summary: 'Retention terms per record type' }),
    config,
    handler: async (request) => getTerms(db, actorOf(request).tenantId),
  });

  app.route({
    ...contractRoute(api.saveTerms, errors, { tags, summary: 'Set the tenant’s retention terms' }),
    config,
    handler: async (request) => saveTerms(db, actorOf(request), request.body, request.id),
  });

  app.route({
    ...contractRoute(api.due, errors, { tags, summary: 'Dossiers whose retention term has passed' }),
    config,
    handler: async (request) => dueList(db, requestContext(request)),
  });

  app.route({
    ...contractRoute(api.dryRun, errors, {
      tags,
      summary: 'What destroying the due dossiers would remove; changes nothing',
    }),
    config,
    handler: async (request) => dryRun(db, actorOf(request), request.id),
  });

  app.route({
    ...contractRoute(api.destroy, errors, {
      tags,
      summary: 'Destroy due dossiers as a whole, after explicit confirmation',
    }),
    config,
    handler: async (request) => destroyDue(db, actorOf(request), request.id, request.body),
  });

  app.route({
    ...contractRoute(api.traces, errors, { tags, summary: 'Traces of destroyed dossiers' }),
    config,
    handler: async (request) => listTraces(db, actorOf(request).tenantId),
  });

  app.route({
    ...contractRoute(api.erasureRequests, errors, { tags, summary: 'Erasure requests and their deadlines' }),
    config,
    handler: async (request) => listErasureRequests(db, requestContext(request)),
  });

  app.route({
    ...contractRoute(api.recordErasureRequest, errors, {
      tags,
      summary: 'Record an erasure request: the whole dossier (Jeugdwet 7.3.9) or one person (AVG art. 17)',
      description: 'A second open request for the same dossier or person is refused with 409.',
    }),
    config,
    handler: async (request, reply) =>
      reply.status(201).send(await recordErasureRequest(db, actorOf(request), request.id, request.body)),
  });

  app.route({
    ...contractRoute(api.searchErasureHouseholds, errors, {
      tags,
      summary: 'Find the household of an erasure request by a member’s name or postcode (audited)',
      description: 'In the body, never in a URL. Returns everyone who ever belonged to each household.',
    }),
    config,
    handler: async (request) => searchErasureHouseholds(db, requestContext(request), request.body),
  });

  app.route({
    ...contractRoute(api.erasureDryRun, errors, {
      tags,
      summary: 'What executing an erasure request would remove (and, for one person, keep); changes nothing',
    }),
    config,
    handler: async (request) => erasureDryRun(db, requestContext(request), request.params.id),
  });

  app.route({
    ...contractRoute(api.decideErasureRequest, errors, {
      tags,
      summary: 'Decide an erasure request: refuse (with grounds) or execute (confirmed)',
    }),
    config,
    handler: async (request) =>
      decideErasureRequest(db, actorOf(request), request.id, request.params.id, request.body),
  });
};
