import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { findActorBySession, SESSION_COOKIE } from './sessions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** Resolves the session cookie to an actor before any policy is checked. */
export const sessionPlugin = fp(async (app: FastifyInstance, { db }: { db: Db }) => {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie || !request.url.startsWith('/api/')) return;
    request.actor = (await findActorBySession(db, cookie)) ?? null;
  });
});
