import { DesignationAdminList, Problem } from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { requestContext } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { listDesignationsForAdmin, setDesignation } from './designation-admin.ts';

const Id = z.string().min(1).max(64);
const Params = z.object({ organisationId: Id, userId: Id });
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 422: Problem };
const admin = policies.roles('admin');
const tags = ['safety'];

/** The administrator's screen for aandachtsfunctionarissen (decision 0018). */
export const designationRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/admin/meldcode-designations',
    {
      config: { policy: admin },
      schema: {
        tags,
        summary: 'Per organisation its professionals and who is the aandachtsfunctionaris',
        response: { 200: DesignationAdminList, ...errors },
      },
    },
    async (request) => listDesignationsForAdmin(db, requestContext(request).tenantId),
  );

  for (const [method, designated] of [
    ['PUT', true],
    ['DELETE', false],
  ] as const) {
    app.route({
      method,
      url: '/api/admin/meldcode-designations/:organisationId/:userId',
      config: { policy: admin },
      schema: {
        tags,
        summary: designated
          ? 'Designate a professional as the organisation’s aandachtsfunctionaris (audited)'
          : 'End a designation as aandachtsfunctionaris (audited)',
        params: Params,
        response: { 200: DesignationAdminList, ...errors },
      },
      handler: async (request) => {
        const ctx = requestContext(request);
        const { organisationId, userId } = request.params;
        return setDesignation(db, ctx.actor, ctx, organisationId, userId, designated);
      },
    });
  }
};
