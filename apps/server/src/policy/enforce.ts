import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { ProblemError } from '../http/problems.ts';
import { pluginRoutePolicies, type RoutePolicy } from './route-policy.ts';

/** Every registered route with its policy; used by the route-coverage test and OpenAPI. */
export interface RegisteredRoute {
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
export const policyEnforcement = fp(async (app: FastifyInstance) => {
  app.decorate('registeredRoutes', [] as RegisteredRoute[]);
  app.addHook('onRoute', (route) => {
    const policy = policyFor(route);
    if (policy && !route.config?.policy) route.config = { ...route.config, policy };
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) app.registeredRoutes.push({ method, url: route.url, policy });
  });
  app.addHook('onRequest', async (request) => {
    if (request.is404) return;
    const policy = routePolicy(request);
    if (!policy) throw new ProblemError('forbidden', 'route has no policy');
    if (policy.access === 'public') return;
    if (!request.actor) throw new ProblemError('unauthenticated');
    if (policy.access === 'roles' && !policy.roles.includes(request.actor.role)) {
      throw new ProblemError('forbidden');
    }
  });
});
