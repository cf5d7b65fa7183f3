import { sql } from 'drizzle-orm';
import pg from 'pg';
import { z } from 'zod';
import { APP_ROLE, type Db } from '../db/database.ts';
import { type PlaceChangeBus, tenantListeners } from './tenant-listeners.ts';

const PLACE_CHANGES_CHANNEL = 'een_plan_place_changes';
/** NOTIFY payloads must stay under 8000 bytes: an expiry sweep's changes go in chunks. */
const CHUNK = 50;
const RECONNECT_MS = 1_000;

const Payload = z.object({
  tenantId: z.string(),
  changes: z.array(z.object({ placeId: z.string(), free: z.number() })),
});

/**
 * Place changes between server processes on one PostgreSQL database: NOTIFY on the app's pool,
 * one dedicated LISTEN connection per process. A lost connection is reopened; changes made while
 * it was down are not replayed (a search page catches up on its next search).
 */
export async function postgresPlaceChangeBus(db: Db, connectionString: string): Promise<PlaceChangeBus> {
  const listeners = tenantListeners();
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  const reconnectLater = () => {
    client = null;
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      connect().catch(reconnectLater);
    }, RECONNECT_MS);
    retry.unref();
  };

  async function connect(): Promise<void> {
    const c = new pg.Client({ connectionString, options: `-c role=${APP_ROLE}` });
    c.on('notification', (message) => {
      if (message.channel !== PLACE_CHANGES_CHANNEL || !message.payload) return;
      const parsed = Payload.safeParse(JSON.parse(message.payload));
      if (parsed.success) listeners.deliver(parsed.data.tenantId, parsed.data.changes);
    });
    c.on('error', () => undefined);
    c.on('end', () => {
      if (client === c) reconnectLater();
    });
    await c.connect();
    await c.query(`LISTEN ${PLACE_CHANGES_CHANNEL}`);
    if (closed) {
      await c.end();
      return;
    }
    client = c;
  }

  await connect();
  return {
    async announce(tenantId, changes) {
      for (let i = 0; i < changes.length; i += CHUNK) {
        const payload = JSON.stringify({ tenantId, changes: changes.slice(i, i + CHUNK) });
        await db.execute(sql`select pg_notify(${PLACE_CHANGES_CHANNEL}, ${payload})`);
      }
    },
    subscribe: listeners.subscribe,
    async close() {
      closed = true;
      clearTimeout(retry);
      const c = client;
      client = null;
      await c?.end();
    },
  };
}
