import type { Database, Db } from '../db/database.ts';
import { postgresPlaceChangeBus } from './live-postgres.ts';
import {
  type PlaceChange,
  type PlaceChangeBus,
  type PlaceChangeListener,
  tenantListeners,
} from './tenant-listeners.ts';

export type { PlaceChange };

/**
 * Availability changes, for the search page's live updates (server-sent events). With embedded
 * PGlite there is one process, so an in-process emitter carries them; on PostgreSQL several server
 * processes may share the database, so every change goes through NOTIFY and every process LISTENs
 * (its own changes included: one path, whichever process a subscriber is connected to).
 */

function inProcessPlaceChangeBus(): PlaceChangeBus {
  const listeners = tenantListeners();
  return {
    async announce(tenantId, changes) {
      listeners.deliver(tenantId, changes);
    },
    subscribe: listeners.subscribe,
    close: async () => undefined,
  };
}

// Keyed by the database handle the modules already pass around, so the writers need no new
// argument and two apps on one PostgreSQL database in one test process stay as separate as two
// processes would be.
const buses = new WeakMap<Db, PlaceChangeBus>();
const unattached = inProcessPlaceChangeBus();
const busOf = (db: Db) => buses.get(db) ?? unattached;

/** Starts the bus that fits the database; the caller closes it when the app closes. */
export async function attachPlaceChangeBus(database: Database): Promise<PlaceChangeBus> {
  const bus =
    database.kind === 'postgres' && 'connectionString' in database.jobsConnection
      ? await postgresPlaceChangeBus(database.db, database.jobsConnection.connectionString)
      : inProcessPlaceChangeBus();
  buses.set(database.db, bus);
  return {
    ...bus,
    async close() {
      buses.delete(database.db);
      await bus.close();
    },
  };
}

/** Announces changed places after their transaction committed (never fails the committed write). */
export async function announcePlaceChanges(db: Db, tenantId: string, changes: PlaceChange[]): Promise<void> {
  if (changes.length === 0) return;
  try {
    await busOf(db).announce(tenantId, changes);
  } catch (error) {
    // The change is saved; a search page that misses it catches up on its next search.
    process.emitWarning(`place change not announced: ${(error as Error).message}`);
  }
}

/** Subscribes to a tenant's changes; returns the unsubscribe. */
export function onPlaceChanges(db: Db, tenantId: string, listener: PlaceChangeListener): () => void {
  return busOf(db).subscribe(tenantId, listener);
}
