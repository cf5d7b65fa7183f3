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

/** The parts of a Fastify request this module reads; structural, so it holds without the session plugin's types. */
interface RequestLike {
  id: string;
  ip: string;
  actor?: Actor | null;
}

export function requestOrigin(request: Pick<RequestLike, 'id' | 'ip'>): RequestOrigin {
  return { requestId: request.id, clientAddress: request.ip };
}

/** The logged-in actor of a request; a route without one was already refused by its policy. */
export function actorOf(request: Pick<RequestLike, 'actor'>): Actor {
  if (!request.actor) throw new ProblemError('unauthenticated');
  return request.actor;
}

export function requestContext(request: RequestLike): RequestContext {
  const actor = actorOf(request);
  return { actor, tenantId: actor.tenantId, ...requestOrigin(request) };
}
