import { Problem, SaveThemeRequest, TenantTheme } from '@een-plan/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import { actorOf } from '../policy/request-context.ts';
import { policies } from '../policy/route-policy.ts';
import { findTenantId } from '../tenancy/tenants.ts';
import { getTenantTheme, resetTenantTheme, saveTenantTheme } from './service.ts';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 422: Problem };
const adminOnly = policies.roles('admin');

export const tenantThemeRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/theme',
    {
      // Every page load asks for it, before login too; bounded per client like every anonymous route.
      config: { policy: policies.public, rateLimit: { max: 300, timeWindow: '1 minute' } },
      schema: {
        tags: ['theme'],
        summary: "The tenant's theme (name, logo, design tokens) the web app applies; public",
        querystring: z.object({
          tenantId: z
            .string()
            .regex(/^\d{4}$/)
            .optional(),
        }),
        response: { 200: TenantTheme, 400: Problem, 404: Problem },
      },
    },
    async (request) => {
      const tenantId = request.actor?.tenantId ?? (await findTenantId(db, request.query.tenantId));
      if (!tenantId) throw new ProblemError('not_found');
      return getTenantTheme(db, tenantId);
    },
  );

  app.put(
    '/api/admin/theme',
    {
      config: { policy: adminOnly },
      // A logo of 100 kB is about 137 kB as base64.
      bodyLimit: 256 * 1024,
      schema: {
        tags: ['theme'],
        summary:
          "Set the tenant's name, logo and design tokens; refused when a text colour pair is below WCAG AA",
        body: SaveThemeRequest,
        response: { 200: TenantTheme, ...errors },
      },
    },
    async (request) => saveTenantTheme(db, actorOf(request), request.body, request.id),
  );

  app.delete(
    '/api/admin/theme',
    {
      config: { policy: adminOnly },
      schema: {
        tags: ['theme'],
        summary: 'Return to the open default theme',
        response: { 200: TenantTheme, ...errors },
      },
    },
    async (request) => resetTenantTheme(db, actorOf(request), request.id),
  );
};
