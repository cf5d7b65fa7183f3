import {
  AddMemberRequest,
  CaseloadPage,
  CaseloadQuery,
  EndMemberRequest,
  HouseholdDossier,
  HouseholdSearchRequest,
  HouseholdSearchResponse,
  MoveMemberRequest,
  Problem,
  UpdateMemberRequest,
} from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requestContext } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { CASELOAD_PAGE_SIZE, listCaseloadPage } from './caseload.ts';
import { addMember, endMember, moveMember, updateMember } from './dossier.ts';
import { getHouseholdDossier } from './dossier-read.ts';
import { searchHouseholds } from './search.ts';

const HouseholdParams = z.object({ id: z.string().min(1).max(64) });
const MemberParams = HouseholdParams.extend({ personId: z.string().min(1).max(64) });
const Done = z.object({ ok: z.literal(true) });
const coordinatorsAndLeads = policies.roles('coordinator', 'team_lead');
const coordinators = policies.roles('coordinator');

export const householdRoutes: FastifyPluginAsyncZod<{ db: import('../db/database.ts').Db }> = async (
  app,
  { db },
) => {
  app.get(
    '/api/households',
    {
      config: { policy: coordinatorsAndLeads },
      schema: {
        tags: ['households'],
        summary: '"Mijn huishoudens": the caseload, one page at a time, with flags',
        querystring: CaseloadQuery,
        response: { 200: CaseloadPage, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request) => {
      const result = await listCaseloadPage(db, actorOf(request), requestContext(request), {
        cursor: request.query.cursor,
        pageSize: CASELOAD_PAGE_SIZE,
      });
      return { ...result, pageSize: CASELOAD_PAGE_SIZE };
    },
  );

  app.post(
    '/api/households/search',
    {
      config: { policy: coordinatorsAndLeads, readsOnly: true },
      schema: {
        tags: ['households'],
        summary: 'Search households by name, birth date, postcode + house number or BSN (in the body)',
        body: HouseholdSearchRequest,
        response: { 200: HouseholdSearchResponse, 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (request) =>
      searchHouseholds(db, actorOf(request), requestContext(request), request.body, await request.readDb()),
  );

  app.get(
    '/api/households/:id',
    {
      config: { policy: policies.roles('coordinator', 'team_lead', 'resident') },
      schema: {
        tags: ['households'],
        summary: 'Household dossier: members, network, professionals, flags',
        params: HouseholdParams,
        response: { 200: HouseholdDossier, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => getHouseholdDossier(db, actorOf(request), requestContext(request), request.params.id),
  );

  app.post(
    '/api/households/:id/members',
    {
      config: { policy: coordinators },
      schema: {
        tags: ['households'],
        summary: 'Add a new person as a member of the household',
        params: HouseholdParams,
        body: AddMemberRequest,
        response: {
          201: z.object({ personId: z.string() }),
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
          409: Problem,
        },
      },
    },
    async (request, reply) => {
      const result = await addMember(
        db,
        actorOf(request),
        requestContext(request),
        request.params.id,
        request.body,
      );
      return reply.status(201).send(result);
    },
  );

  app.patch(
    '/api/households/:id/members/:personId',
    {
      config: { policy: coordinators },
      schema: {
        tags: ['households'],
        summary: "Correct a current member's recorded details (sex; null is unknown)",
        params: MemberParams,
        body: UpdateMemberRequest,
        response: { 200: Done, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => {
      await updateMember(
        db,
        actorOf(request),
        requestContext(request),
        request.params.id,
        request.params.personId,
        request.body,
      );
      return { ok: true as const };
    },
  );

  app.post(
    '/api/households/:id/members/:personId/move',
    {
      config: { policy: coordinators },
      schema: {
        tags: ['households'],
        summary: 'Move a member to another household (ends here, starts there; history kept)',
        params: MemberParams,
        body: MoveMemberRequest,
        response: { 200: Done, 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem },
      },
    },
    async (request) => {
      await moveMember(db, actorOf(request), requestContext(request), request.params, request.body);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/households/:id/members/:personId/end',
    {
      config: { policy: coordinators },
      schema: {
        tags: ['households'],
        summary: 'End a membership (someone leaves the household; history kept)',
        params: MemberParams,
        body: EndMemberRequest,
        response: { 200: Done, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (request) => {
      await endMember(db, actorOf(request), requestContext(request), request.params, request.body);
      return { ok: true as const };
    },
  );
};
