import {
  DocumentLanguageQuery,
  FamilyPlanResponse,
  PlanActionStatusInput,
  PlanAgreeInput,
  PlanClosure,
  PlanClosureInput,
  PlanCommentInput,
  PlanContentInput,
  PlanDiff,
  PlanEvaluationInput,
  PlanLifeDomainList,
  PlanOwnerOptions,
  PlanProposalDecisionInput,
  PlanProposalInput,
  PlanSelfRelianceTrend,
  PlanTransitionInput,
  PlanVersionDetail,
  PlanVersionList,
  Problem,
} from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { getResidentHouseholdId } from '../households/membership.ts';
import { requestLocale } from '../http/locale.ts';
import { actorOf, requestContext } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { closePlan, getClosure } from './closure.ts';
import { renderPlanPdf } from './pdf.ts';
import {
  agreeToPlan,
  commentOnPlan,
  createPlan,
  decideProposal,
  diffVersions,
  getPlan,
  getVersion,
  listLifeDomains,
  listVersions,
  ownerOptions,
  pdfData,
  proposeToPlan,
  recordEvaluation,
  selfRelianceTrend,
  setActionStatus,
  transitionPlan,
  updatePlanContent,
} from './service.ts';

const Params = z.object({ householdId: z.string().min(1).max(100) });
const Ok = z.object({ ok: z.literal(true) });
const Created = z.object({ id: z.string() });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const planAccess = policies.roles('coordinator', 'team_lead', 'resident');
const professional = policies.roles('coordinator', 'team_lead');
const tags = ['plans'];

/** The family plan: /api/households/:householdId/plan/… for coordinator, team and the family. */
export const planRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  const base = '/api/households/:householdId/plan';

  app.get(
    '/api/life-domains',
    {
      config: { policy: policies.authenticated },
      schema: {
        tags,
        summary: 'Life domains (code list)',
        response: { 200: PlanLifeDomainList, 401: Problem },
      },
    },
    async () => ({ domains: await listLifeDomains(db) }),
  );

  app.get(
    '/api/my/plan',
    {
      config: { policy: policies.roles('resident') },
      schema: {
        tags,
        summary: "The resident's own household plan",
        response: { 200: FamilyPlanResponse, ...errors },
      },
    },
    async (request) => {
      const householdId = await getResidentHouseholdId(db, actorOf(request));
      return getPlan(db, actorOf(request), householdId, requestContext(request));
    },
  );

  app.get(
    base,
    {
      config: { policy: planAccess },
      schema: {
        tags,
        summary: 'Current family plan of a household',
        params: Params,
        response: { 200: FamilyPlanResponse, ...errors },
      },
    },
    async (request) => getPlan(db, actorOf(request), request.params.householdId, requestContext(request)),
  );

  app.post(
    base,
    {
      config: { policy: professional },
      schema: {
        tags,
        summary: 'Start a concept plan',
        params: Params,
        body: z.object({ vision: z.string().trim().max(4000).default('') }),
        response: { 201: Created, ...errors },
      },
    },
    async (request, reply) => {
      const id = await createPlan(
        db,
        actorOf(request),
        request.params.householdId,
        request.body.vision,
        requestContext(request),
      );
      return reply.status(201).send({ id });
    },
  );

  app.put(
    base,
    {
      config: { policy: professional },
      schema: {
        tags,
        summary: 'Replace vision, goals and actions (new version); 409 version_conflict when stale',
        params: Params,
        body: PlanContentInput,
        response: { 200: FamilyPlanResponse, ...errors },
      },
    },
    async (request) => {
      await updatePlanContent(
        db,
        actorOf(request),
        request.params.householdId,
        request.body,
        requestContext(request),
      );
      return getPlan(db, actorOf(request), request.params.householdId, requestContext(request));
    },
  );

  app.post(
    `${base}/transitions`,
    {
      config: { policy: professional },
      schema: {
        tags,
        summary: 'Move the plan to another state',
        params: Params,
        body: PlanTransitionInput,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { householdId } = request.params;
      // Closing is never only a state: it closes everything that hangs on the plan (closure.ts).
      if (request.body.to === 'closed') {
        await closePlan(
          db,
          actor,
          householdId,
          { version: request.body.version, reason: 'other', actions: [] },
          requestContext(request),
        );
      } else {
        await transitionPlan(db, actor, householdId, request.body, requestContext(request));
      }
      return { ok: true as const };
    },
  );

  app.get(
    `${base}/closure`,
    {
      config: { policy: professional },
      schema: {
        tags,
        summary: 'What closing the plan will do (open assignments, open actions, follow-ups), or what it did',
        params: Params,
        response: { 200: PlanClosure, ...errors },
      },
    },
    async (request) => getClosure(db, actorOf(request), request.params.householdId, requestContext(request)),
  );

  app.post(
    `${base}/closure`,
    {
      config: { policy: professional },
      schema: {
        tags,
        summary:
          'Close the plan: end open assignments (JW301 to the provider), mark open actions done or dropped, close the household, schedule the follow-ups',
        params: Params,
        body: PlanClosureInput,
        response: {
          200: z.object({
            closedOn: z.string(),
            assignments: z.number().int(),
            actions: z.number().int(),
            followUps: z.number().int(),
          }),
          ...errors,
        },
      },
    },
    async (request) =>
      closePlan(db, actorOf(request), request.params.householdId, request.body, requestContext(request)),
  );

  app.post(
    `${base}/agreements`,
    {
      config: { policy: planAccess },
      schema: {
        tags,
        summary: 'Agree to a plan version (or, as coordinator, record a member’s agreement given in person)',
        params: Params,
        body: PlanAgreeInput,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      await agreeToPlan(
        db,
        actorOf(request),
        request.params.householdId,
        request.body,
        requestContext(request),
      );
      return { ok: true as const };
    },
  );

  app.patch(
    `${base}/actions/:actionId`,
    {
      config: { policy: planAccess },
      schema: {
        tags,
        summary: 'Change the status of an action (residents: own actions only)',
        params: Params.extend({ actionId: z.string().min(1).max(100) }),
        body: PlanActionStatusInput,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      await setActionStatus(
        db,
        actorOf(request),
        request.params.householdId,
        request.params.actionId,
        request.body,
        requestContext(request),
      );
      return { ok: true as const };
    },
  );

  app.post(
    `${base}/proposals`,
    {
      config: { policy: planAccess },
      schema: {
        tags,
        summary: 'Propose a goal or action',
        params: Params,
        body: PlanProposalInput,
        response: { 201: Created, ...errors },
      },
    },
    async (request, reply) => {
      const id = await proposeToPlan(
        db,
        actorOf(request),
        request.params.householdId,
        request.body,
        requestContext(request),
      );
      return reply.status(201).send({ id });
    },
  );

  app.post(
    `${base}/proposals/:proposalId/decision`,
    {
      config: { policy: professional },
      schema: {
        tags,
        summary: 'Accept a proposal into the plan (new version) or decline it',
        params: Params.extend({ proposalId: z.string().min(1).max(100) }),
        body: PlanProposalDecisionInput,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      await decideProposal(
        db,
        actorOf(request),
        request.params.householdId,
        request.params.proposalId,
        request.body,
        requestContext(request),
      );
      return { ok: true as const };
    },
  );

  app.post(
    `${base}/comments`,
    {
      config: { policy: planAccess },
      schema: {
        tags,
        summary: 'Comment on the plan or a goal',
        params: Params,
        body: PlanCommentInput,
        response: { 201: Created, ...errors },
      },
    },
    async (request, reply) => {
      const id = await commentOnPlan(
        db,
        actorOf(request),
        request.params.householdId,
        request.body,
        requestContext(request),
      );
      return reply.status(201).send({ id });
    },
  );

  app.post(
    `${base}/evaluations`,
    {
      config: { policy: professional },
      schema: {
        tags,
        summary: 'Record an evaluation: goal results, next steps, new self-reliance scores',
        params: Params,
        body: PlanEvaluationInput,
        response: { 201: Created, ...errors },
      },
    },
    async (request, reply) => {
      const id = await recordEvaluation(
        db,
        actorOf(request),
        request.params.householdId,
        request.body,
        requestContext(request),
      );
      return reply.status(201).send({ id });
    },
  );

  app.get(
    `${base}/versions`,
    {
      config: { policy: planAccess },
      schema: {
        tags,
        summary: 'All versions of the current plan',
        params: Params,
        response: { 200: PlanVersionList, ...errors },
      },
    },
    async (request) =>
      listVersions(db, actorOf(request), request.params.householdId, requestContext(request)),
  );

  app.get(
    `${base}/versions/:version`,
    {
      config: { policy: professional },
      schema: {
        tags,
        summary: 'One older version as it was',
        params: Params.extend({ version: z.coerce.number().int().min(1) }),
        response: { 200: PlanVersionDetail, ...errors },
      },
    },
    async (request) =>
      getVersion(
        db,
        actorOf(request),
        request.params.householdId,
        request.params.version,
        requestContext(request),
      ),
  );

  app.get(
    `${base}/diff`,
    {
      config: { policy: professional },
      schema: {
        tags,
        summary: 'Structured difference between two versions',
        params: Params,
        querystring: z.object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) }),
        response: { 200: PlanDiff, ...errors },
      },
    },
    async (request) =>
      diffVersions(
        db,
        actorOf(request),
        request.params.householdId,
        request.query.from,
        request.query.to,
        requestContext(request),
      ),
  );

  app.get(
    `${base}/owner-options`,
    {
      config: { policy: professional },
      schema: {
        tags,
        summary: 'Who can own an action',
        params: Params,
        response: { 200: PlanOwnerOptions, ...errors },
      },
    },
    async (request) => ({
      options: await ownerOptions(db, actorOf(request), request.params.householdId, requestContext(request)),
    }),
  );

  app.get(
    '/api/households/:householdId/self-reliance/trend',
    {
      config: { policy: planAccess },
      schema: {
        tags,
        summary: 'Self-reliance scores over time',
        params: Params,
        response: { 200: PlanSelfRelianceTrend, ...errors },
      },
    },
    async (request) =>
      selfRelianceTrend(db, actorOf(request), request.params.householdId, requestContext(request)),
  );

  app.get(
    `${base}/pdf`,
    {
      config: { policy: planAccess },
      schema: {
        tags,
        summary: 'The current plan as a PDF in plain language (Dutch, or English with lang=en)',
        params: Params,
        querystring: DocumentLanguageQuery,
      },
    },
    async (request, reply) => {
      const data = await pdfData(db, actorOf(request), request.params.householdId, requestContext(request));
      const pdf = await renderPlanPdf(data, requestLocale(request));
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="plan-v${data.version}.pdf"`)
        .header('cache-control', 'no-store')
        .send(pdf);
    },
  );
};
