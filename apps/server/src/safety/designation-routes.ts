import { safetyRoutes as api, Problem } from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/database.ts';
import { contractRoute } from '../http/contract-route.ts';
import { requestContext } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { listDesignationsForAdmin, setDesignation } from './designation-admin.ts';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 422: Problem };
const config = { policy: policies.roles('admin') };
const tags = ['safety'];

/** The administrator's screen for aandachtsfunctionarissen (decision 0018). */
export const designationRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.route({
    ...contractRoute(api.designations, errors, {
      tags,
      summary: 'Per organisation its professionals and who is the aandachtsfunctionaris',
    }),
    config,
    handler: async (request) => listDesignationsForAdmin(db, requestContext(request).tenantId),
  });

  for (const [contract, designated, summary] of [
    [api.designate, true, 'Designate a professional as the organisation’s aandachtsfunctionaris (audited)'],
    [api.undesignate, false, 'End a designation as aandachtsfunctionaris (audited)'],
  ] as const) {
    app.route({
      ...contractRoute(contract, errors, { tags, summary }),
      config,
      handler: async (request) => {
        const ctx = requestContext(request);
        const { organisationId, userId } = request.params;
        return setDesignation(db, ctx.actor, ctx, organisationId, userId, designated);
      },
    });
  }
};
