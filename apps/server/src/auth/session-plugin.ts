import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { acceptsApiToken, findActorByApiToken } from './api-clients.ts';
import { actorOfSession, SESSION_COOKIE } from './sessions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    /** How the actor was recognised: a browser session or a system's bearer token. */
    authenticatedBy: 'session' | 'api_token' | null;
  }
}

/** Resolves the session cookie (or, on the iJw transport endpoint, a bearer token) to an actor. */
export const sessionPlugin = fp(
  async (app: FastifyInstance, { db, cacheMs }: { db: Db; cacheMs: number }) => {
    app.decorateRequest('actor', null);
    app.decorateRequest('authenticatedBy', null);
    app.addHook('onRequest', async (request) => {
      if (!request.url.startsWith('/api/')) return;
      const cookie = request.cookies[SESSION_COOKIE];
      if (cookie) {
        request.actor = (await actorOfSession(db, cookie, cacheMs)) ?? null;
        if (request.actor) request.authenticatedBy = 'session';
        return;
      }
      const authorization = request.headers.authorization;
      if (authorization?.startsWith('Bearer ') && acceptsApiToken(request.url)) {
        request.actor = (await findActorByApiToken(db, authorization.slice(7).trim())) ?? null;
        if (request.actor) request.authenticatedBy = 'api_token';
      }
    });
  },
);
