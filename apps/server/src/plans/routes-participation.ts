import {
  PlanActionStatusInput,
  PlanAgreeInput,
  PlanClosure,
  PlanClosureInput,
  PlanCommentInput,
  PlanEvaluationInput,
  PlanProposalDecisionInput,
  PlanProposalInput,
} from '@een-plan/contracts';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { actorOf, requestContext } from '../policy/request-context.ts';
import { closePlan, getClosure } from './closure.ts';
import { Created, errors, Ok, Params, type PlanApp, planAccess, professional, tags } from './route-parts.ts';
import {
  agreeToPlan,
  commentOnPlan,
  decideProposal,
  proposeToPlan,
  recordEvaluation,
  setActionStatus,
} from './service.ts';

/** Closing, agreeing, action progress, proposals, comments and evaluations of the family plan. */
export function registerPlanParticipationRoutes(app: PlanApp, db: Db, base: string) {
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
}
