import {
  OutcomeDashboard,
  OutcomeQuery,
  Problem,
  SatisfactionAnswerInput,
  SatisfactionStatus,
} from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { sendCsv } from '../http/csv.ts';
import { requestLocale } from '../http/locale.ts';
import { actorOf, requestContext } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { refreshOutcomes } from './refresh.ts';
import { answerSatisfaction, getSatisfactionStatus } from './satisfaction.ts';
import { dashboardCsv, getDashboard } from './service.ts';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };
/** Figures only: the analyst, and the administrator who sets the protection up. */
const figuresPolicy = policies.roles('policy_analyst', 'admin');

export const outcomeRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/outcomes/dashboard',
    {
      config: { policy: figuresPolicy },
      schema: {
        tags: ['outcomes'],
        summary: 'Outcome figures per area and period, small cells hidden (JSON or CSV)',
        querystring: OutcomeQuery,
        response: { 200: z.union([OutcomeDashboard, z.string()]), ...errors },
      },
    },
    async (request, reply) => {
      const dashboard = await getDashboard(await request.readDb(), actorOf(request), request.query);
      if (request.query.format === 'csv') {
        const csv = dashboardCsv(dashboard, requestLocale(request));
        return sendCsv(reply, `uitkomsten-${dashboard.year}.csv`, csv.header, csv.rows);
      }
      return dashboard;
    },
  );

  app.post(
    '/api/outcomes/refresh',
    {
      config: { policy: figuresPolicy },
      schema: {
        tags: ['outcomes'],
        summary: 'Recompute this year’s published figures now (the job does it nightly)',
        response: { 200: z.object({ figures: z.number().int(), hidden: z.number().int() }), ...errors },
      },
    },
    async (request) => refreshOutcomes(db, actorOf(request).tenantId, new Date().getUTCFullYear()),
  );

  app.get(
    '/api/portal/satisfaction',
    {
      config: { policy: policies.roles('resident') },
      schema: {
        tags: ['portal'],
        summary: 'Whether the family has the questions about the help waiting',
        response: { 200: SatisfactionStatus, ...errors },
      },
    },
    async (request) => getSatisfactionStatus(db, actorOf(request)),
  );

  app.post(
    '/api/portal/satisfaction',
    {
      config: { policy: policies.roles('resident') },
      schema: {
        tags: ['portal'],
        summary: 'Answer the questions about the help, once; stored without the family’s name',
        body: SatisfactionAnswerInput,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await answerSatisfaction(db, actorOf(request), requestContext(request), request.body);
      return reply.code(204).send(null);
    },
  );
};
