import type { FastifyRequest } from 'fastify';
import { ProblemError } from '../http/problems.ts';
import type { Actor } from './actor.ts';

/**
 * Who asks, for which tenant, in which request and from where: what every service needs to decide
 * and to write the audit log. Built once per request by `requestContext`.
 */
export interface RequestContext {
  actor: Actor;
  tenantId: string;
  requestId: string;
  clientAddress: string;
}

/** Where a request came from, also before anyone is logged in (login, public forms). */
export interface RequestOrigin {
  requestId: string;
  clientAddress: string;
}

export function requestOrigin(request: Pick<FastifyRequest, 'id' | 'ip'>): RequestOrigin {
  return { requestId: request.id, clientAddress: request.ip };
}

/** The logged-in actor of a request; a route without one was already refused by its policy. */
export function actorOf(request: Pick<FastifyRequest, 'actor'>): Actor {
  if (!request.actor) throw new ProblemError('unauthenticated');
  return request.actor;
}

export function requestContext(request: Pick<FastifyRequest, 'actor' | 'id' | 'ip'>): RequestContext {
  const actor = actorOf(request);
  return { actor, tenantId: actor.tenantId, ...requestOrigin(request) };
}
