import { AssignmentSettings, Problem } from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/database.ts';
import { actorOf } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { assignmentSettings, saveAssignmentSettings } from './settings.ts';

const errors = { 400: Problem, 401: Problem, 403: Problem };

/** Administrators set the approval threshold and when a missing start is flagged. */
export const assignmentSettingsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/admin/assignment-settings',
    {
      config: { policy: policies.roles('admin') },
      schema: {
        tags: ['assignments'],
        summary: 'Approval threshold and start-warning period of assignments',
        response: { 200: AssignmentSettings, ...errors },
      },
    },
    async (request) => assignmentSettings(db, actorOf(request).tenantId),
  );

  app.put(
    '/api/admin/assignment-settings',
    {
      config: { policy: policies.roles('admin') },
      schema: {
        tags: ['assignments'],
        summary: 'Change the approval threshold and start-warning period',
        body: AssignmentSettings,
        response: { 200: AssignmentSettings, ...errors },
      },
    },
    async (request) =>
      saveAssignmentSettings(db, actorOf(request), request.body, {
        requestId: request.id,
        clientAddress: request.ip,
      }),
  );
};
