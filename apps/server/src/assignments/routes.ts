import {
  AssignmentApprovalInput,
  AssignmentInput,
  AssignmentList,
  AssignmentStartInput,
  AssignmentStopInput,
  DocumentLanguageQuery,
  IjwMessageDetail,
  IjwMessageList,
  KeysetPageQuery,
  Problem,
  ProviderAssignmentPage,
  ProviderContractInput,
  ProviderContractList,
} from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { onHousehold, serviceCall } from '../http/household-route.ts';
import { requestLocale } from '../http/locale.ts';
import { actorOf, requestContext } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { renderDecisionLetter } from './pdf.ts';
import {
  createAssignment,
  createContract,
  decideApproval,
  decisionLetterData,
  getMessage,
  listContracts,
  listHouseholdAssignments,
  listMessages,
  listProviderAssignments,
  reportStart,
  reportStop,
} from './service.ts';
import { receiveMessage } from './transport.ts';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const Created = z.object({ id: z.string() });
const Id = z.object({ id: z.string().min(1).max(100) });
const HouseholdParams = z.object({ householdId: z.string().min(1).max(100) });
const tags = ['assignments'];

/** Contracts (admin), assignments (coordinator/team lead), the provider's side, iJw messages (admin). */
export const assignmentRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  // iJw XML (scoped to this plugin).
  app.addContentTypeParser(
    ['application/xml', 'text/xml'],
    { parseAs: 'string', bodyLimit: 1_048_576 },
    (_req, body, done) => done(null, body),
  );

  app.post(
    '/api/ijw/messages',
    {
      config: { policy: policies.roles('provider') },
      schema: {
        tags,
        summary: 'Receive one iJw message (application/xml); answers with its retour message',
        description:
          'For provider systems (session or `Authorization: Bearer <key>`). Processes JW305, JW307, JW315, JW317 and JW323 and answers with JW306, JW308, JW316, JW318 or JW325. Idempotent on BerichtIdentificatie + sender: a duplicate gets the same answer and is never processed twice.',
        consumes: ['application/xml'],
        body: z.string().min(1).max(1_048_576),
      },
    },
    async (request, reply) => {
      const { retourXml, duplicate } = await receiveMessage(
        db,
        actorOf(request),
        request.body,
        requestContext(request),
      );
      return reply
        .status(200)
        .header('ijw-duplicate', duplicate ? 'true' : 'false')
        .type('application/xml; charset=utf-8')
        .send(retourXml);
    },
  );

  app.get(
    '/api/contracts',
    {
      config: { policy: policies.roles('admin', 'coordinator', 'team_lead') },
      schema: {
        tags,
        summary: 'Provider contracts and their products',
        response: { 200: ProviderContractList, ...errors },
      },
    },
    async (request) => ({ contracts: await listContracts(db, actorOf(request).tenantId) }),
  );

  app.post(
    '/api/admin/contracts',
    {
      config: { policy: policies.roles('admin') },
      schema: {
        tags,
        summary: 'Record a provider contract with its products',
        body: ProviderContractInput,
        response: { 201: Created, ...errors },
      },
    },
    async (request, reply) => {
      const id = await createContract(db, actorOf(request), request.body, requestContext(request));
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/api/households/:householdId/assignments',
    {
      config: { policy: policies.roles('coordinator', 'team_lead') },
      schema: {
        tags,
        summary: "A household's assignments (toewijzingen)",
        params: HouseholdParams,
        response: { 200: AssignmentList, ...errors },
      },
    },
    async (request) => ({
      assignments: await listHouseholdAssignments(
        db,
        actorOf(request),
        request.params.householdId,
        requestContext(request),
      ),
    }),
  );

  app.post(
    '/api/households/:householdId/assignments',
    {
      config: { policy: policies.roles('coordinator') },
      schema: {
        tags,
        summary: 'Assign specialised help from a level-2 plan action (builds the JW301)',
        params: HouseholdParams,
        body: AssignmentInput,
        response: {
          201: z.object({ id: z.string(), status: z.string(), budgetCents: z.number().int() }),
          ...errors,
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await onHousehold(request, serviceCall(db, createAssignment))),
  );

  app.post(
    '/api/assignments/:id/approval',
    {
      config: { policy: policies.roles('team_lead') },
      schema: {
        tags,
        summary: 'Approve or reject an assignment above the budget threshold',
        params: Id,
        body: AssignmentApprovalInput,
        response: { 200: z.object({ ok: z.literal(true) }), ...errors },
      },
    },
    async (request) => {
      await decideApproval(db, actorOf(request), request.params.id, request.body, requestContext(request));
      return { ok: true as const };
    },
  );

  app.get(
    '/api/assignments/:id/decision-letter.pdf',
    {
      config: { policy: policies.roles('coordinator', 'team_lead') },
      schema: {
        tags,
        summary: 'The formal decision letter (beschikking) for the family (Dutch, or English with lang=en)',
        params: Id,
        querystring: DocumentLanguageQuery,
      },
    },
    async (request, reply) => {
      const data = await decisionLetterData(
        db,
        actorOf(request),
        request.params.id,
        requestContext(request),
        await request.readDb(),
      );
      const pdf = await renderDecisionLetter(data, requestLocale(request));
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="beschikking-${data.assignmentNumber}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );

  app.get(
    '/api/provider/assignments',
    {
      config: { policy: policies.roles('provider') },
      schema: {
        tags,
        summary: "Assignments to the provider user's own organisation, newest first, a page at a time",
        description: 'Keyset pages: send back `nextCursor` as `cursor` for the next page (decision 0031).',
        querystring: KeysetPageQuery,
        response: { 200: ProviderAssignmentPage, ...errors },
      },
    },
    async (request) => listProviderAssignments(db, actorOf(request), requestContext(request), request.query),
  );

  app.post(
    '/api/provider/assignments/:id/start',
    {
      config: { policy: policies.roles('provider') },
      schema: {
        tags,
        summary: 'Report the start of care (JW305; the municipality answers JW306)',
        params: Id,
        body: AssignmentStartInput,
        response: { 200: z.object({ accepted: z.boolean() }), ...errors },
      },
    },
    async (request) =>
      reportStart(db, actorOf(request), request.params.id, request.body, requestContext(request)),
  );

  app.post(
    '/api/provider/assignments/:id/stop',
    {
      config: { policy: policies.roles('provider') },
      schema: {
        tags,
        summary: 'Report the end of care with a JZ588 reason (JW307; the municipality answers JW308)',
        params: Id,
        body: AssignmentStopInput,
        response: { 200: z.object({ accepted: z.boolean() }), ...errors },
      },
    },
    async (request) =>
      reportStop(db, actorOf(request), request.params.id, request.body, requestContext(request)),
  );

  app.get(
    '/api/admin/ijw-messages',
    {
      config: { policy: policies.roles('admin') },
      schema: {
        tags,
        summary: 'iJw messages in and out, newest first, a page at a time',
        description: 'Keyset pages: send back `nextCursor` as `cursor` for the next page (decision 0031).',
        querystring: KeysetPageQuery,
        response: { 200: IjwMessageList, ...errors },
      },
    },
    async (request) => listMessages(db, actorOf(request), requestContext(request), request.query),
  );

  app.get(
    '/api/admin/ijw-messages/:id',
    {
      config: { policy: policies.roles('admin') },
      schema: {
        tags,
        summary: 'One iJw message: XML, summary, validation report',
        params: Id,
        response: { 200: IjwMessageDetail, ...errors },
      },
    },
    async (request) => getMessage(db, actorOf(request), request.params.id, requestContext(request)),
  );
};
