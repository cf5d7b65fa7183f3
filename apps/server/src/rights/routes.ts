import {
  AcknowledgeComplaint,
  DecideCase,
  FileComplaint,
  FileObjection,
  MyRights,
  PlanHearing,
  PortalRightsFiling,
  PostponeCase,
  Problem,
  RecordRequest,
  RightsCase,
  RightsCaseList,
  RightsSettings,
  RightsWorklist,
} from '@een-plan/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { getResidentHouseholdId } from '../households/membership.ts';
import { actorOf, requestOrigin } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { requireCase, requireRightsHousehold } from './cases.ts';
import { fileComplaint, fileFromPortal, fileObjection, recordRequest } from './record.ts';
import { listHouseholdCases, myRights, rightsWorklist } from './service.ts';
import { rightsSettings, saveRightsSettings } from './settings.ts';
import { acknowledgeComplaint, decideCase, planHearing, postponeCase } from './steps.ts';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const HouseholdParams = z.object({ householdId: z.string().min(1).max(100) });
const CaseParams = HouseholdParams.extend({ caseId: z.string().min(1).max(100) });
const PROFESSIONALS = policies.roles('coordinator', 'team_lead');
const tags = ['rights'];

/** Client rights with their legal clocks (issue 16): professionals' pages, the portal and the settings. */
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

  app.get(
    '/api/households/:householdId/rights',
    {
      config: { policy: PROFESSIONALS },
      schema: {
        tags,
        summary: 'The household’s requests, objections, complaints and change requests',
        params: HouseholdParams,
        response: { 200: RightsCaseList, ...errors },
      },
    },
    async (request) =>
      listHouseholdCases(
        db,
        actorOf(request),
        requestOrigin(request),
        await household(request, request.params.householdId, 'view', 'rights.list'),
      ),
  );

  app.post(
    '/api/households/:householdId/rights/requests',
    {
      config: { policy: PROFESSIONALS },
      schema: {
        tags,
        summary: 'Record a formal request for help; the decision term starts',
        params: HouseholdParams,
        body: RecordRequest,
        response: { 201: RightsCase, ...errors },
      },
    },
    async (request, reply) => {
      const h = await household(request, request.params.householdId, 'record', 'rights.request.create');
      reply.code(201);
      return recordRequest(db, actorOf(request), requestOrigin(request), h, request.body);
    },
  );

  app.post(
    '/api/households/:householdId/rights/objections',
    {
      config: { policy: PROFESSIONALS },
      schema: {
        tags,
        summary: 'Record an objection against a decision (late ones need a reason)',
        params: HouseholdParams,
        body: FileObjection,
        response: { 201: RightsCase, ...errors },
      },
    },
    async (request, reply) => {
      const h = await household(request, request.params.householdId, 'record', 'rights.objection.create');
      reply.code(201);
      return fileObjection(db, actorOf(request), requestOrigin(request), h, request.body);
    },
  );

  app.post(
    '/api/households/:householdId/rights/complaints',
    {
      config: { policy: PROFESSIONALS },
      schema: {
        tags,
        summary: 'Record a complaint, routed to the right complaints procedure',
        params: HouseholdParams,
        body: FileComplaint,
        response: { 201: RightsCase, ...errors },
      },
    },
    async (request, reply) => {
      const h = await household(request, request.params.householdId, 'record', 'rights.complaint.create');
      reply.code(201);
      return fileComplaint(db, actorOf(request), requestOrigin(request), h, request.body);
    },
  );

  app.post(
    '/api/households/:householdId/rights/:caseId/postponement',
    {
      config: { policy: PROFESSIONALS },
      schema: {
        tags,
        summary: 'Postpone a request’s decision or extend an objection’s, once, with notice',
        params: CaseParams,
        body: PostponeCase,
        response: { 200: RightsCase, ...errors },
      },
    },
    async (request) => {
      const { row } = await withCase(request, request.params, 'record', 'rights.postpone');
      return postponeCase(db, actorOf(request), requestOrigin(request), row, request.body);
    },
  );

  app.post(
    '/api/households/:householdId/rights/:caseId/hearing',
    {
      config: { policy: PROFESSIONALS },
      schema: {
        tags,
        summary: 'Plan an objection’s hearing (and advisory committee), or record its outcome',
        params: CaseParams,
        body: PlanHearing,
        response: { 200: RightsCase, ...errors },
      },
    },
    async (request) => {
      const { row } = await withCase(request, request.params, 'record', 'rights.objection.hearing');
      return planHearing(db, actorOf(request), requestOrigin(request), row, request.body);
    },
  );

  app.post(
    '/api/households/:householdId/rights/:caseId/acknowledgement',
    {
      config: { policy: PROFESSIONALS },
      schema: {
        tags,
        summary: 'Record that a complaint was acknowledged in writing',
        params: CaseParams,
        body: AcknowledgeComplaint,
        response: { 200: RightsCase, ...errors },
      },
    },
    async (request) => {
      const { row } = await withCase(request, request.params, 'record', 'rights.complaint.acknowledge');
      return acknowledgeComplaint(db, actorOf(request), requestOrigin(request), row, request.body);
    },
  );

  app.post(
    '/api/households/:householdId/rights/:caseId/decision',
    {
      config: { policy: PROFESSIONALS },
      schema: {
        tags,
        summary: 'Decide a case; an agreed change of coordinator hands over the household',
        params: CaseParams,
        body: DecideCase,
        response: { 200: RightsCase, ...errors },
      },
    },
    async (request) => {
      const { row, household: h } = await withCase(request, request.params, 'decide', 'rights.decide');
      return decideCase(db, actorOf(request), requestOrigin(request), row, h, request.body);
    },
  );

  app.get(
    '/api/rights/worklist',
    {
      config: { policy: PROFESSIONALS },
      schema: {
        tags,
        summary: 'Open rights cases of my households (team lead: the team’s), soonest deadline first',
        response: { 200: RightsWorklist, ...errors },
      },
    },
    async (request) => rightsWorklist(db, actorOf(request), requestOrigin(request)),
  );

  const ownHousehold = async (request: FastifyRequest, action: 'view' | 'file', audit: string) => {
    const actor = actorOf(request);
    const householdId = await getResidentHouseholdId(db, actor);
    return requireRightsHousehold(db, actor, requestOrigin(request), householdId, action, {
      action: audit,
      purpose: 'portal',
    });
  };

  app.get(
    '/api/my/rights',
    {
      config: { policy: policies.roles('resident') },
      schema: {
        tags,
        summary: 'Mijn rechten: my cases with their deadlines, and whom to ask for independent help',
        response: { 200: MyRights, ...errors },
      },
    },
    async (request) =>
      myRights(
        db,
        actorOf(request),
        requestOrigin(request),
        await ownHousehold(request, 'view', 'rights.list'),
      ),
  );

  app.post(
    '/api/my/rights',
    {
      config: { policy: policies.roles('resident') },
      schema: {
        tags,
        summary: 'Object, complain, or ask for a second opinion or another coordinator',
        body: PortalRightsFiling,
        response: { 201: RightsCase, ...errors },
      },
    },
    async (request, reply) => {
      const h = await ownHousehold(request, 'file', `rights.${request.body.kind}.create`);
      reply.code(201);
      return fileFromPortal(db, actorOf(request), requestOrigin(request), h, request.body);
    },
  );

  app.get(
    '/api/admin/rights-settings',
    {
      config: { policy: policies.roles('admin') },
      schema: {
        tags,
        summary: 'Decision terms and the independent contacts shown in Mijn rechten',
        response: { 200: RightsSettings, ...errors },
      },
    },
    async (request) => rightsSettings(db, actorOf(request).tenantId),
  );

  app.put(
    '/api/admin/rights-settings',
    {
      config: { policy: policies.roles('admin') },
      schema: {
        tags,
        summary: 'Change the decision terms and the independent contacts',
        body: RightsSettings,
        response: { 200: RightsSettings, ...errors },
      },
    },
    async (request) => saveRightsSettings(db, actorOf(request), request.body, requestOrigin(request)),
  );
};
