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
import {
  createdBy,
  createRoute,
  errors,
  okAfter,
  okRoute,
  onHousehold,
  Params,
  type PlanApp,
  planAccess,
  professional,
  tags,
} from './route-parts.ts';
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
      onHousehold(request, (actor, householdId, body, ctx) => closePlan(db, actor, householdId, body, ctx)),
  );

  app.post(
    `${base}/agreements`,
    okRoute(
      planAccess,
      'Agree to a plan version (or, as coordinator, record a member’s agreement given in person)',
      Params,
      PlanAgreeInput,
    ),
    async (request) =>
      okAfter(request, (actor, householdId, body, ctx) => agreeToPlan(db, actor, householdId, body, ctx)),
  );

  app.patch(
    `${base}/actions/:actionId`,
    okRoute(
      planAccess,
      'Change the status of an action (residents: own actions only)',
      Params.extend({ actionId: z.string().min(1).max(100) }),
      PlanActionStatusInput,
    ),
    async (request) =>
      okAfter(request, (actor, householdId, body, ctx) =>
        setActionStatus(db, actor, householdId, request.params.actionId, body, ctx),
      ),
  );

  app.post(
    `${base}/proposals`,
    createRoute(planAccess, 'Propose a goal or action', Params, PlanProposalInput),
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createdBy(request, (actor, householdId, body, ctx) =>
            proposeToPlan(db, actor, householdId, body, ctx),
          ),
        ),
  );

  app.post(
    `${base}/proposals/:proposalId/decision`,
    okRoute(
      professional,
      'Accept a proposal into the plan (new version) or decline it',
      Params.extend({ proposalId: z.string().min(1).max(100) }),
      PlanProposalDecisionInput,
    ),
    async (request) =>
      okAfter(request, (actor, householdId, body, ctx) =>
        decideProposal(db, actor, householdId, request.params.proposalId, body, ctx),
      ),
  );

  app.post(
    `${base}/comments`,
    createRoute(planAccess, 'Comment on the plan or a goal', Params, PlanCommentInput),
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createdBy(request, (actor, householdId, body, ctx) =>
            commentOnPlan(db, actor, householdId, body, ctx),
          ),
        ),
  );

  app.post(
    `${base}/evaluations`,
    createRoute(
      professional,
      'Record an evaluation: goal results, next steps, new self-reliance scores',
      Params,
      PlanEvaluationInput,
    ),
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createdBy(request, (actor, householdId, body, ctx) =>
            recordEvaluation(db, actor, householdId, body, ctx),
          ),
        ),
  );
}
