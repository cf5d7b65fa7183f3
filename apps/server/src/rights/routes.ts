import { rightsRoutes as api, Problem } from '@een-plan/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/database.ts';
import { getResidentHouseholdId } from '../households/membership.ts';
import { contractRoute } from '../http/contract-route.ts';
import { actorOf, requestOrigin } from '../policy/request-context.ts';
import { policies, type RoutePolicy } from '../policy/route-policy.ts';
import { requireCase, requireRightsHousehold } from './cases.ts';
import { fileComplaint, fileFromPortal, fileObjection, recordRequest } from './record.ts';
import { listHouseholdCases, myRights, rightsWorklist } from './service.ts';
import { rightsSettings, saveRightsSettings } from './settings.ts';
import { acknowledgeComplaint, decideCase, planHearing, postponeCase } from './steps.ts';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const PROFESSIONALS = policies.roles('coordinator', 'team_lead');
const tags = ['rights'];

type Contract = (typeof api)[keyof typeof api];
/** A route's contract with who may call it and what it does, and the problems every rights route may answer. */
const options = <C extends Contract>(contract: C, policy: RoutePolicy, summary: string) => ({
  ...contractRoute(contract, errors, { tags, summary }),
  config: { policy },
});

/** Client rights with their legal clocks (issue 16), from the contract table (decision 0030). */
export const rightsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const household = (
    request: FastifyRequest,
    householdId: string,
    action: 'view' | 'record',
    audit: string,
  ) =>
    requireRightsHousehold(db, actorOf(request), requestOrigin(request), householdId, action, {
      action: audit,
      purpose: 'client_rights',
    });

  const withCase = (
    request: FastifyRequest,
    params: { householdId: string; caseId: string },
    action: 'record' | 'decide',
    audit: string,
  ) =>
    requireCase(db, actorOf(request), requestOrigin(request), params.householdId, params.caseId, action, {
      action: audit,
      purpose: 'client_rights',
    });

  app.route({
    ...options(
      api.householdCases,
      PROFESSIONALS,
      'The household’s requests, objections, complaints and change requests',
    ),
    handler: async (request) =>
      listHouseholdCases(
        db,
        actorOf(request),
        requestOrigin(request),
        await household(request, request.params.householdId, 'view', 'rights.list'),
      ),
  });

  app.route({
    ...options(
      api.recordRequest,
      PROFESSIONALS,
      'Record a formal request for help; the decision term starts',
    ),
    handler: async (request, reply) => {
      const h = await household(request, request.params.householdId, 'record', 'rights.request.create');
      reply.code(201);
      return recordRequest(db, actorOf(request), requestOrigin(request), h, request.body);
    },
  });

  app.route({
    ...options(
      api.fileObjection,
      PROFESSIONALS,
      'Record an objection against a decision (late ones need a reason)',
    ),
    handler: async (request, reply) => {
      const h = await household(request, request.params.householdId, 'record', 'rights.objection.create');
      reply.code(201);
      return fileObjection(db, actorOf(request), requestOrigin(request), h, request.body);
    },
  });

  app.route({
    ...options(
      api.fileComplaint,
      PROFESSIONALS,
      'Record a complaint, routed to the right complaints procedure',
    ),
    handler: async (request, reply) => {
      const h = await household(request, request.params.householdId, 'record', 'rights.complaint.create');
      reply.code(201);
      return fileComplaint(db, actorOf(request), requestOrigin(request), h, request.body);
    },
  });

  app.route({
    ...options(
      api.postpone,
      PROFESSIONALS,
      'Postpone a request’s decision or extend an objection’s, once, with notice',
    ),
    handler: async (request) => {
      const { row } = await withCase(request, request.params, 'record', 'rights.postpone');
      return postponeCase(db, actorOf(request), requestOrigin(request), row, request.body);
    },
  });

  app.route({
    ...options(
      api.hearing,
      PROFESSIONALS,
      'Plan an objection’s hearing (and advisory committee), or record its outcome',
    ),
    handler: async (request) => {
      const { row } = await withCase(request, request.params, 'record', 'rights.objection.hearing');
      return planHearing(db, actorOf(request), requestOrigin(request), row, request.body);
    },
  });

  app.route({
    ...options(api.acknowledge, PROFESSIONALS, 'Record that a complaint was acknowledged in writing'),
    handler: async (request) => {
      const { row } = await withCase(request, request.params, 'record', 'rights.complaint.acknowledge');
      return acknowledgeComplaint(db, actorOf(request), requestOrigin(request), row, request.body);
    },
  });

  app.route({
    ...options(
      api.decide,
      PROFESSIONALS,
      'Decide a case; an agreed change of coordinator hands over the household',
    ),
    handler: async (request) => {
      const { row, household: h } = await withCase(request, request.params, 'decide', 'rights.decide');
      return decideCase(db, actorOf(request), requestOrigin(request), row, h, request.body);
    },
  });

  app.route({
    ...options(
      api.worklist,
      PROFESSIONALS,
      'Open rights cases of my households (team lead: the team’s), soonest deadline first',
    ),
    handler: async (request) => rightsWorklist(db, actorOf(request), requestOrigin(request)),
  });

  const ownHousehold = async (request: FastifyRequest, action: 'view' | 'file', audit: string) => {
    const actor = actorOf(request);
    const householdId = await getResidentHouseholdId(db, actor);
    return requireRightsHousehold(db, actor, requestOrigin(request), householdId, action, {
      action: audit,
      purpose: 'portal',
    });
  };

  app.route({
    ...options(
      api.mine,
      policies.roles('resident'),
      'Mijn rechten: my cases with their deadlines, and whom to ask for independent help',
    ),
    handler: async (request) =>
      myRights(
        db,
        actorOf(request),
        requestOrigin(request),
        await ownHousehold(request, 'view', 'rights.list'),
      ),
  });

  app.route({
    ...options(
      api.fileMine,
      policies.roles('resident'),
      'Object, complain, or ask for a second opinion or another coordinator',
    ),
    handler: async (request, reply) => {
      const h = await ownHousehold(request, 'file', `rights.${request.body.kind}.create`);
      reply.code(201);
      return fileFromPortal(db, actorOf(request), requestOrigin(request), h, request.body);
    },
  });

  app.route({
    ...options(
      api.settings,
      policies.roles('admin'),
      'Decision terms and the independent contacts shown in Mijn rechten',
    ),
    handler: async (request) => rightsSettings(db, actorOf(request).tenantId),
  });

  app.route({
    ...options(
      api.saveSettings,
      policies.roles('admin'),
      'Change the decision terms and the independent contacts',
    ),
    handler: async (request) =>
      saveRightsSettings(db, actorOf(request), request.body, requestOrigin(request)),
  });
};
