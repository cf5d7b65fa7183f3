import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: services accept both. */
export type Executor = Db | Tx;

/** Whether the executor is an open transaction (a caller's), not the database itself. */
export function isTransaction(executor: Executor): executor is Tx {
  return 'rollback' in executor;
}

/** Runs fn in a transaction, or inside the caller's when it already holds one. */
export function inTransaction<T>(executor: Executor, fn: (tx: Executor) => Promise<T>): Promise<T> {
  if (isTransaction(executor)) return fn(executor);
  return executor.transaction(fn);
}

/** The role the application runs as on PostgreSQL; migrations grant it least privilege. */
export const APP_ROLE = 'eenplan_app';

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** The schema owner's connection: migrations only. */
  ownerDb: Db;
  /** Runs SQL as the schema owner (migrations, tests that simulate a tampering administrator). */
  ownerQuery<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Connection for pg-boss: a connection string on PostgreSQL, an adapter over PGlite. */
  jobsConnection: { connectionString: string } | { db: JobsDbAdapter };
  /** A streaming replica for lagging-tolerant reads (READ_DATABASE_URL), when one is configured. */
  replica?: ReadReplica;
  close(): Promise<void>;
}

/**
 * A PostgreSQL streaming replica (READ_DATABASE_URL) that answers reads which may lag the primary
 * by the replication delay: searches, dashboards, exports. It is the primary's physical copy, so
 * the same app role and least-privilege grants apply; it cannot write at all.
 */
export interface ReadReplica {
  db: Db;
  /** False after the replica failed to answer, until a probe reaches it again (every few seconds). */
  isReachable(): boolean;
  /** Whether the replica has replayed the primary's WAL up to `lsn` (a position from writePosition). */
  hasReplayed(lsn: string): Promise<boolean>;
  close(): Promise<void>;
}

export interface JobsDbAdapter {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * PGlite disables fsync in its default start parameters (the `-F` flag). Eén Plan acknowledges
 * writes to people, so the embedded database must survive a crash: drop `-F` and say fsync=on.
 */
function durableStartParams(): string[] {
  return [...PGlite.defaultStartParams.filter((p) => p !== '-F'), '-c', 'fsync=on', ...EMBEDDED_MEMORY];
}

/**
 * PostgreSQL's default 128 MB of shared buffers is allocated and zeroed inside PGlite's WebAssembly
 * memory at open, resident for the life of the process although the embedded database of a pilot
 * is a few tens of MB. Pages that do not fit are read again from the OS page cache (decision 0036).
 */
const EMBEDDED_MEMORY = ['-c', 'shared_buffers=32MB'];

/**
 * `loadDataDir` starts from a dump made with `dumpDataDir` (tests copy one migrated template per
 * run instead of migrating each file's database).
 */
export async function openPglite(
  dataDir: string | undefined,
  options: { loadDataDir?: Blob } = {},
): Promise<Database & { dumpDataDir(): Promise<Blob> }> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const release = dataDir ? lockDataDir(dataDir) : () => undefined;
  // One options object: `new PGlite(undefined, options)` would ignore the options altogether.
  const client = new PGlite({
    dataDir,
    startParams: durableStartParams(),
    relaxedDurability: false,
    loadDataDir: options.loadDataDir,
  });
  try {
    await client.waitReady;
  } catch (error) {
    release();
    throw error;
  }
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    ownerDb: db,
    async ownerQuery<T>(text: string, params: unknown[] = []) {
      const result = await client.query<T>(text, params);
      return result.rows;
    },
    jobsConnection: {
      db: {
        async executeSql(text, values) {
          if (values && values.length > 0) {
            const result = await client.query(text, values);
            return { rows: result.rows };
          }
          // pg-boss sends multi-statement scripts without parameters; only exec() accepts those.
          const results = await client.exec(text);
          return { rows: results.at(-1)?.rows ?? [] };
        },
      },
    },
    async close() {
      await client.close();
      release();
    },
    // Uncompressed: the dump is read back at once, so gzip would only cost CPU.
    dumpDataDir: () => client.dumpDataDir('none'),
  };
}

/**
 * A pg client that runs one query at a time. Code that shares one transaction between parallel
 * reads (`Promise.all` over a `tx`) would otherwise hand one connection several queries at once,
 * which pg 8 queues with a DeprecationWarning and pg 9 will refuse.
 */
class SerialClient extends pg.Client {
  #tail: Promise<unknown> = Promise.resolve();
  #named = new Set<string>();
  /** Whether this connection plans everything generically from its startup packet (GENERIC_OPTION). */
  readonly #generic: boolean;

  constructor(config?: string | pg.ClientConfig) {
    super(config);
    this.#generic = typeof config === 'object' && (config.options ?? '').includes(GENERIC_OPTION);
  }

  // biome-ignore lint/suspicious/noExplicitAny: pg's query() has a dozen overloads; this forwards them all.
  override query(...args: any[]): any {
    const submittable = typeof args[0]?.submit === 'function';
    // pg-pool's query() passes a callback: the name is given on that path too.
    if (!submittable && this.#named.size < MAX_NAMED_STATEMENTS) args[0] = this.#withName(args[0], args[1]);
    if (!submittable && !this.#generic && genericPlanNames.has(args[0]?.name)) return this.#generically(args);
    const callbackOrSubmittable = typeof args.at(-1) === 'function' || submittable;
    // biome-ignore lint/suspicious/noExplicitAny: see above.
    if (callbackOrSubmittable) return (super.query as any)(...args);
    // biome-ignore lint/suspicious/noExplicitAny: see above.
    const run = this.#tail.then(() => (super.query as any)(...args));
    this.#tail = run.catch(() => undefined);
    return run;
  }

  /**
   * Runs a statement marked by `planGenerically` with its generic plan on a connection that plans as
   * PostgreSQL chooses (inside a transaction; outside one, AppPool sends it to a connection that
   * always plans generically): the setting holds for this statement only (this client runs one
   * query at a time), and is reset even when it fails. Inside a transaction that failed the reset
   * fails too, but the rollback undoes the setting with it.
   */
  // biome-ignore lint/suspicious/noExplicitAny: pg's query() arguments, as the caller passed them.
  #generically(args: any[]): any {
    const callback = typeof args.at(-1) === 'function' ? args.pop() : undefined;
    const run = this.#tail.then(async () => {
      await super.query('set plan_cache_mode = force_generic_plan');
      try {
        // biome-ignore lint/suspicious/noExplicitAny: see query().
        return await (super.query as any)(...args);
      } finally {
        await super.query('reset plan_cache_mode').catch(() => undefined);
      }
    });
    this.#tail = run.catch(() => undefined);
    if (!callback) return run;
    run.then(
      (result) => callback(null, result),
      (error) => callback(error),
    );
    return undefined;
  }

  /**
   * A query with values gets a statement name derived from its text (decision 0037), so this
   * connection parses it once and PostgreSQL can reuse its plan: planning the composed queries of a
   * page cost more than running them. A statement without values (a script, a migration) stays
   * unnamed: only the simple protocol runs several statements at once.
   */
  // biome-ignore lint/suspicious/noExplicitAny: pg's query config or text, as the caller passed it.
  #withName(config: any, values: unknown): any {
    if (!Array.isArray(values) || values.length === 0) return config;
    const text: unknown = typeof config === 'string' ? config : config?.text;
    if (typeof text !== 'string' || (typeof config === 'object' && config.name)) return config;
    const name = statementName(text);
    this.#named.add(name);
    return typeof config === 'string' ? { text, name } : { ...config, name };
  }
}

/**
 * Prepared statements (by name) that PostgreSQL plans once and keeps for any value. By default it
 * plans a statement again on every execution when its plan for the values at hand looks cheaper than
 * the plan for any value, as a search's does for a prefix few names share; planning the household
 * search cost as much as running it (decision 0046). Marked here only where the EXPLAIN tests show
 * the plan for any value walks the same indexes, bounded by the same limits. On PostgreSQL (this
 * client); the embedded database plans as before.
 */
const genericPlanNames = new Set<string>();

export function planGenerically(statementName: string): void {
  genericPlanNames.add(statementName);
}

/** The startup option of the connections that run only statements marked by planGenerically. */
const GENERIC_OPTION = '-c plan_cache_mode=force_generic_plan';

/**
 * Connections for the marked statements, besides the pool's own. A few suffice: they run one short
 * read each (the household search), and on two cores more busy backends only wait for each other.
 */
const GENERIC_CONNECTIONS = 5;

/**
 * The app's pool. A statement marked by planGenerically runs on one of its own connections that
 * carry `plan_cache_mode = force_generic_plan` from their startup packet (decision 0052): no
 * `set`/`reset` round trips around each execution, which cost a search as much Node and PostgreSQL
 * CPU as the statement's parse and bind. Every other statement, and every transaction (connect()),
 * uses the pool's ordinary connections, where PostgreSQL chooses the plan as before; a marked
 * statement inside a transaction runs there between `set` and `reset` (SerialClient).
 */
export class AppPool extends pg.Pool {
  readonly #generic: pg.Pool;

  constructor(config: pg.PoolConfig) {
    super({ ...config, Client: SerialClient });
    this.#generic = new pg.Pool({
      ...config,
      Client: SerialClient,
      max: GENERIC_CONNECTIONS,
      options: [config.options, GENERIC_OPTION].filter(Boolean).join(' '),
    });
    // Forwarded, so the owner's one handler (reportIdleConnectionError) sees both pools' losses.
    this.#generic.on('error', (error, client) => this.emit('error', error, client));
  }

  // biome-ignore lint/suspicious/noExplicitAny: pg's query() has a dozen overloads; this forwards them all.
  override query(...args: any[]): any {
    const marked = typeof args[0]?.submit !== 'function' && genericPlanNames.has(args[0]?.name);
    // biome-ignore lint/suspicious/noExplicitAny: see above.
    return ((marked ? this.#generic.query : super.query) as any).apply(marked ? this.#generic : this, args);
  }

  override async end(): Promise<void> {
    await Promise.all([super.end(), this.#generic.end()]);
  }
}

/** Per connection; a process with more query shapes than this leaves the rest unnamed. */
const MAX_NAMED_STATEMENTS = 2_000;
const names = new Map<string, string>();

function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `s_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
    // Texts come from the code, not from users, so the map stays small; the bound is a safety net.
    if (names.size < MAX_NAMED_STATEMENTS * 4) names.set(text, name);
  }
  return name;
}

const ADMIN_SHUTDOWN = '57P01';

export function reportIdleConnectionError(error: Error & { code?: string }): void {
  if (error.code === ADMIN_SHUTDOWN) return;
  process.emitWarning(`PostgreSQL idle connection closed: ${error.code ?? error.name}`);
}

export async function openPostgres(connectionString: string): Promise<Database> {
  // Least privilege: the application's own queries run as the app role (no UPDATE/DELETE on
  // audit). The role is set in the startup packet, so no connection can ever skip it; it exists
  // once the owner has run the migrations, which is why `db` connects lazily.
  const pool = new AppPool({ connectionString, max: 10, options: `-c role=${APP_ROLE}` });
  const owner = new pg.Pool({ connectionString, max: 2, Client: SerialClient });
  // An idle connection the server ends (restart, failover, a dropped test database) emits
  // 'error' on the pool; unhandled, that would crash the process. The pool discards the client
  // and the next query opens a new one. 57P01 (the server shut the connection down on purpose:
  // a restart or a dropped database) is expected and needs no notice; anything else gets a short
  // warning without query text.
  for (const p of [pool, owner]) p.on('error', reportIdleConnectionError);
  const db = drizzleNodePg({ client: pool, schema }) as unknown as Db;
  const ownerDb = drizzleNodePg({ client: owner, schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    ownerDb,
    async ownerQuery<T>(text: string, params: unknown[] = []) {
      const result = await owner.query(text, params);
      return result.rows as T[];
    },
    jobsConnection: { connectionString },
    async close() {
      await pool.end();
      await owner.end();
    },
  };
}
