import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import {
  APP_ROLE,
  AppPool,
  type Db,
  type Executor,
  type ReadReplica,
  reportIdleConnectionError,
} from './database.ts';
import * as schema from './schema.ts';

/** A WAL position as PostgreSQL prints it, e.g. 0/3000148. */
export const WAL_POSITION = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/;

const REPLICA_PROBE_MS = 5_000;

export function openReplica(connectionString: string): ReadReplica {
  const pool = new AppPool({ connectionString, max: 10, options: `-c role=${APP_ROLE}` });
  pool.on('error', reportIdleConnectionError);
  const db = drizzleNodePg({ client: pool, schema }) as unknown as Db;
  let reachable = true;
  const probe = async () => {
    try {
      await pool.query('select 1');
      reachable = true;
    } catch {
      reachable = false;
    }
  };
  // A replica that went away must not fail every search until someone notices: reads go to the
  // primary while it is unreachable, and the probe brings it back without a restart.
  const timer = setInterval(() => void probe(), REPLICA_PROBE_MS);
  timer.unref();
  void probe();
  return {
    db,
    isReachable: () => reachable,
    async hasReplayed(lsn) {
      try {
        // A server that is not a standby keeps the position its last crash recovery reached, so
        // without pg_is_in_recovery() a primary that once recovered would claim to have replayed.
        const result: { rows: Array<{ replayed: boolean | null }> } = await pool.query(
          'select pg_is_in_recovery() and pg_last_wal_replay_lsn() >= $1::pg_lsn as replayed',
          [lsn],
        );
        return result.rows[0]?.replayed === true;
      } catch (error) {
        reachable = false;
        throw error;
      }
    },
    async close() {
      clearInterval(timer);
      await pool.end();
    },
  };
}

/** The primary's current WAL position: every transaction committed before this call lies at or before it. */
export async function writePosition(db: Executor): Promise<string> {
  const [row] = await db
    .select({ lsn: sql<string>`pg_current_wal_lsn()::text` })
    .from(sql`(values (1)) as one (x)`);
  if (!row) throw new Error('no WAL position');
  return row.lsn;
}
