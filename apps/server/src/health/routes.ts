import { Problem } from '@een-plan/contracts';
import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { sendProblem } from '../http/problems.ts';
import { policies } from '../policy/route-policy.ts';
import type { Metrics } from './metrics.ts';

export const healthRoutes: FastifyPluginAsyncZod<{ database: Database; metrics: Metrics }> = async (
  app,
  { database, metrics },
) => {
  app.get(
    '/health/live',
    {
      config: { policy: policies.public },
      schema: {
        tags: ['health'],
        summary: 'Liveness: the process answers',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/health/ready',
    {
      config: { policy: policies.public },
      schema: {
        tags: ['health'],
        summary: 'Readiness: the database answers',
        response: { 200: z.object({ status: z.literal('ok'), database: z.string() }), 503: Problem },
      },
    },
    async (request, reply) => {
      try {
        await database.db.execute(sql`select 1`);
        return { status: 'ok' as const, database: database.kind };
      } catch (error) {
        request.log.error({ err: { message: (error as Error).message } }, 'database not ready');
        return sendProblem(reply, 'service_unavailable');
      }
    },
  );

  app.get(
    '/metrics',
    { config: { policy: policies.public }, schema: { tags: ['health'], hide: true } },
    async (_request, reply) => {
      reply.type(metrics.registry.contentType);
      return metrics.registry.metrics();
    },
  );
};
