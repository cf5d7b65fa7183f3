import {
  CreateReferralRequest,
  CreateReferralResponse,
  FirstContactRequest,
  PageCursor,
  Problem,
  PublicTeamList,
  ReferralDetail,
  ReferralLifeDomainList,
  ReferralQueueFilter,
  ReferralQueueResponse,
  ReferralTeamCoordinators,
  ReporterReferralList,
  TriageRequest,
  WaitingTimesOverview,
} from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import { actorOf, requestContext } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { listLifeDomains } from '../tenancy/life-domains.ts';
import { findTenantId } from '../tenancy/tenants.ts';
import {
  createReferral,
  getReferral,
  listMyReferrals,
  listPublicTeams,
  listQueue,
  listTeamCoordinators,
  recordFirstContact,
  triageReferral,
  waitingTimesOverview,
} from './service.ts';

const REPORTER_ROLES = ['source', 'coordinator', 'team_lead', 'resident'] as const;
const TEAM_ROLES = ['coordinator', 'team_lead'] as const;
const IdParams = z.object({ id: z.string().min(1).max(100) });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

export const referralRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/public/teams',
    {
      // Public and cheap, but bounded per client like every anonymous route.
      config: { policy: policies.public, rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags: ['referrals'],
        summary: '"Waar kan ik terecht?": the area teams and how to reach them (public, no personal data)',
        querystring: z.object({
          tenantId: z
            .string()
            .regex(/^\d{4}$/)
            .optional(),
        }),
        response: { 200: PublicTeamList, 404: Problem },
      },
    },
    async (request) => {
      const tenantId = await findTenantId(db, request.query.tenantId);
      if (!tenantId) throw new ProblemError('not_found');
      return listPublicTeams(db, tenantId);
    },
  );

  app.get(
    '/api/referrals/life-domains',
    {
      config: { policy: policies.authenticated },
      schema: {
        tags: ['referrals'],
        summary: 'Life domains to describe worries',
        response: { 200: ReferralLifeDomainList },
      },
    },
    async () => ({ items: await listLifeDomains(db, 'nameNl') }),
  );

  app.post(
    '/api/referrals',
    {
      config: { policy: policies.roles(...REPORTER_ROLES) },
      schema: {
        tags: ['referrals'],
        summary: 'File a signal (aanmelding); routed by postcode to one team',
        body: CreateReferralRequest,
        response: { 201: CreateReferralResponse, ...errors },
      },
    },
    async (request, reply) => {
      const created = await createReferral(db, actorOf(request), request.body, requestContext(request));
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/api/referrals/mine',
    {
      config: { policy: policies.roles(...REPORTER_ROLES) },
      schema: {
        tags: ['referrals'],
        summary: 'The signals I filed, with their status only',
        response: { 200: ReporterReferralList, 401: Problem, 403: Problem },
      },
    },
    async (request) => ({ items: await listMyReferrals(db, actorOf(request), requestContext(request)) }),
  );

  app.get(
    '/api/referrals/queue',
    {
      config: { policy: policies.roles(...TEAM_ROLES) },
      schema: {
        tags: ['referrals'],
        summary: "The team's triage queue, urgent first, then oldest first",
        querystring: z.object({
          filter: ReferralQueueFilter.default('open'),
          cursor: PageCursor.optional(),
        }),
        response: { 200: ReferralQueueResponse, ...errors },
      },
    },
    async (request) =>
      listQueue(db, actorOf(request), request.query.filter, request.query.cursor, requestContext(request)),
  );

  app.get(
    '/api/referrals/team-coordinators',
    {
      config: { policy: policies.roles(...TEAM_ROLES) },
      schema: {
        tags: ['referrals'],
        summary: 'Coordinators of my team, to assign at triage',
        response: { 200: ReferralTeamCoordinators, 401: Problem, 403: Problem },
      },
    },
    async (request) => ({ items: await listTeamCoordinators(db, actorOf(request)) }),
  );

  app.get(
    '/api/referrals/waiting-times',
    {
      config: { policy: policies.roles(...TEAM_ROLES) },
      schema: {
        tags: ['referrals'],
        summary: "Waiting times of the team's signals against the norm",
        response: { 200: WaitingTimesOverview, 401: Problem, 403: Problem },
      },
    },
    async (request) => waitingTimesOverview(db, actorOf(request), requestContext(request)),
  );

  app.get(
    '/api/referrals/:id',
    {
      config: { policy: policies.roles(...TEAM_ROLES) },
      schema: {
        tags: ['referrals'],
        summary: 'A signal, for its team',
        params: IdParams,
        response: { 200: ReferralDetail, ...errors },
      },
    },
    async (request) => getReferral(db, actorOf(request), request.params.id, requestContext(request)),
  );

  app.post(
    '/api/referrals/:id/triage',
    {
      config: { policy: policies.roles(...TEAM_ROLES) },
      schema: {
        tags: ['referrals'],
        summary: 'Decide the level (0, 1, 2) and assign a coordinator',
        params: IdParams,
        body: TriageRequest,
        response: { 200: ReferralDetail, ...errors },
      },
    },
    async (request) =>
      triageReferral(db, actorOf(request), request.params.id, request.body, requestContext(request)),
  );

  app.post(
    '/api/referrals/:id/first-contact',
    {
      config: { policy: policies.roles(...TEAM_ROLES) },
      schema: {
        tags: ['referrals'],
        summary: 'Record the first contact with the family',
        params: IdParams,
        body: FirstContactRequest,
        response: { 200: ReferralDetail, ...errors },
      },
    },
    async (request) =>
      recordFirstContact(db, actorOf(request), request.params.id, request.body, requestContext(request)),
  );
};
