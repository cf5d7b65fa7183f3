import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Database, Db } from '../db/database.ts';
import { WAL_POSITION, writePosition } from '../db/replica.ts';

/** Holds the primary's WAL position after a user's last write, for as long as a replica may lag. */
export const WRITTEN_COOKIE = 'ep_written';
const WRITTEN_COOKIE_SECONDS = 60;
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * A POST that only reads (its search terms travel in the body, never in a URL): it writes its
     * audit row, but nothing a later read must find, so it leaves no read-your-writes cookie.
     */
    readsOnly?: true;
  }
  interface FastifyRequest {
    /**
     * Where this request may read lagging-tolerant data (searches, dashboards, exports): the
     * replica, unless it has not yet replayed this browser's last write; the primary without one.
     */
    readDb(): Promise<Db>;
  }
}

/**
 * Read-your-writes with a replica: after a successful write the browser gets the primary's WAL
 * position in a short-lived cookie; a read that could go to the replica goes there only once the
 * replica has replayed that far, else to the primary. A cookie works across server processes, as a
 * per-process memory would not, and costs nothing for users who did not just write.
 */
export const readYourWrites = fp(
  async (app: FastifyInstance, { database, secure }: { database: Database; secure: boolean }) => {
    const { replica } = database;
    const primary = database.db;
    if (!replica) {
      app.decorateRequest('readDb', () => Promise.resolve(primary));
      return;
    }
    app.decorateRequest('readDb', async function (this: FastifyRequest) {
      if (!replica.isReachable()) return primary;
      const written = this.cookies[WRITTEN_COOKIE];
      if (written === undefined) return replica.db;
      if (!WAL_POSITION.test(written)) return primary;
      try {
        return (await replica.hasReplayed(written)) ? replica.db : primary;
      } catch (error) {
        // A replica that is down or restarting must not take searches down with it.
        this.log.warn({ err: { message: (error as Error).message } }, 'read replica unavailable');
        return primary;
      }
    });
    app.addHook('onSend', async (request, reply) => {
      if (!WRITES.has(request.method) || reply.statusCode >= 400 || !request.actor) return;
      // Else every search would send the user's next searches to the primary, or to the replica
      // only after a WAL position check: the replica would serve the searches of nobody who searches.
      if (request.routeOptions.config.readsOnly) return;
      reply.setCookie(WRITTEN_COOKIE, await writePosition(primary), {
        path: '/api/',
        httpOnly: true,
        sameSite: 'strict',
        secure,
        maxAge: WRITTEN_COOKIE_SECONDS,
      });
    });
  },
);
