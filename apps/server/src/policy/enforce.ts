import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import type { Executor } from '../db/database.ts';
import { ProblemError } from '../http/problems.ts';
import { refuse } from './authorize.ts';
import { requestOrigin } from './request-context.ts';
import { pluginRoutePolicies, type RoutePolicy } from './route-policy.ts';

/** Every registered route with its policy; used by the route-coverage test and OpenAPI. */
interface RegisteredRoute {
  method: string;
  url: string;
  policy: RoutePolicy | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    registeredRoutes: RegisteredRoute[];
  }
}

function policyFor(route: RouteOptions): RoutePolicy | undefined {
  if (route.config?.policy) return route.config.policy;
  return pluginRoutePolicies.find((p) => route.url.startsWith(p.prefix))?.policy;
}

export function routePolicy(request: FastifyRequest): RoutePolicy | undefined {
  return (
    request.routeOptions.config?.policy ??
    pluginRoutePolicies.find((p) => request.url.startsWith(p.prefix))?.policy
  );
}

/**
 * Collects every route's policy and enforces it before validation and the handler run.
 * A route without a policy is denied: forgetting one must never open data.
 */
export const policyEnforcement = fp(async (app: FastifyInstance, opts: { db: Executor }) => {
  app.decorate('registeredRoutes', [] as RegisteredRoute[]);
  app.addHook('onRoute', (route) => {
    const policy = policyFor(route);
    if (policy && !route.config?.policy) route.config = { ...route.config, policy };
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) app.registeredRoutes.push({ method, url: route.url, policy });
  });
  app.addHook('onRequest', async (request, reply) => {
    // The id the audit log holds for this request, so a person can quote it and it can be found.
    reply.header('x-request-id', request.id);
    if (request.is404) return;
    const policy = routePolicy(request);
    if (!policy) throw new ProblemError('forbidden', 'route has no policy');
    if (policy.access === 'public') return;
    if (!request.actor) throw new ProblemError('unauthenticated');
    if (policy.access === 'roles' && !policy.roles.includes(request.actor.role)) {
      await refuse(
        opts.db,
        request.actor,
        requestOrigin(request),
        {
          action: 'route.access',
          subjectType: 'route',
          subjectId: `${request.method} ${request.routeOptions.url ?? request.url}`,
          dataCategory: 'route',
          purpose: 'access_control',
        },
        'role_not_allowed',
      );
    }
  });
});
