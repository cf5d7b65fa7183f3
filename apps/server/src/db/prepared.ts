import { type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Executor } from './database.ts';

/**
 * One prepared statement per database and name. A hot query is built once per process instead of
 * on every request (drizzle's SQL building was a third of the server's CPU per request), and
 * PostgreSQL parses it once per connection. The database is the key (its dialect, which every
 * transaction opened on it shares), so two apps on two databases in one test process never share a
 * statement; inside a transaction the statement built once runs on the transaction's connection.
 *
 * `name` must be unique per statement text: PostgreSQL refuses a second text under one name.
 */
export function preparedOnce<S>(db: Executor, name: string, build: (db: Executor) => S): S {
  const { dialect, session } = db as unknown as Handle;
  let byName = statements.get(dialect);
  if (!byName) {
    byName = new Map();
    statements.set(dialect, byName);
  }
  let built = byName.get(name) as Built<S> | undefined;
  if (built === undefined) {
    built = { statement: build(db), client: session.client };
    byName.set(name, built);
  }
  return built.client === session.client ? built.statement : onClient(built.statement, session.client);
}

/** What drizzle keeps of a database or transaction handle: the dialect and the session's connection. */
interface Handle {
  session: { client: unknown };
  dialect: object;
}

interface Built<S> {
  statement: S;
  client: unknown;
}

const statements = new WeakMap<object, Map<string, Built<unknown>>>();

/**
 * The prepared statement as it is, on another connection of the same database (a transaction's):
 * both drivers' prepared queries hold their text, values and result mapping, and run on `client`.
 */
function onClient<S>(statement: S, client: unknown): S {
  const copy = Object.create(Object.getPrototypeOf(statement)) as S;
  return Object.assign(copy as object, statement, { client }) as S;
}

/** A statement `preparedSql` built: run with the values of its placeholders, answered as rows. */
interface PreparedSql {
  execute(values: Record<string, unknown>): Promise<Array<Record<string, unknown>>>;
}

// Renders SQL exactly as the databases' own handles do (neither sets a casing).
const renderer = new PgDialect();

/**
 * `preparedOnce` for a statement drizzle's builders cannot prepare themselves (a CTE around a write,
 * several writes in one, a function call), or whose rows are wanted as the driver gives them, without
 * drizzle's mapping of each column (the household search): `build` gives its SQL with `sql.placeholder` values,
 * rendered to text once per database and sent under `name` with the values of each call — inside a
 * transaction on the transaction's connection. Rows come back keyed by the database's column names,
 * as `executor.execute` gives them. Placeholders skip a column's `mapToDriverValue`: bind only values
 * the driver takes as they are (text, numbers, booleans, JSON text, arrays of those).
 */
export function preparedSql(db: Executor, name: string, build: () => SQL): PreparedSql {
  const statement = preparedOnce(db, name, (handle) =>
    handle._.session.prepareQuery(renderer.sqlToQuery(build()), undefined, name, false),
  );
  return {
    async execute(values) {
      const result: unknown = await statement.execute(values);
      // Both drivers (node-postgres, PGlite) answer a raw statement with `{ rows }`.
      if (!(result && typeof result === 'object' && 'rows' in result && Array.isArray(result.rows))) {
        throw new Error(`statement ${name} answered without rows`);
      }
      return result.rows as Array<Record<string, unknown>>;
    },
  };
}

/**
 * A LIMIT written into a prepared statement's text instead of bound as a value. PostgreSQL plans a
 * bound LIMIT as a tenth of the rows, so the statement's generic plan (the one it keeps after five
 * executions, planned once) is sized for hundreds of rows, costs more than a plan for these few, and
 * PostgreSQL goes on planning the statement again on every execution. Written in, the generic plan
 * is the small one, and it is kept.
 */
export function writtenLimit(rows: number): number {
  if (!Number.isSafeInteger(rows) || rows < 0) throw new Error(`a LIMIT of ${rows} rows`);
  // drizzle's limit() types a number or a placeholder; at run time it writes any SQL chunk as given.
  return sql.raw(String(rows)) as unknown as number;
}

/** A statement `preparedByPosition` built: run with the values of its placeholders. */
interface PreparedRows<R> {
  execute(values: Record<string, unknown>): Promise<R[]>;
}

/**
 * `preparedOnce` for a hot select of plain values (text, numbers, booleans, JSON, dates as text):
 * its rows come back as arrays and become objects by position, under `keys` — the select list's
 * names in its order. drizzle's own mapping asks every field of every row what it is (`is()` up its
 * prototype chain) and calls its decoder: for the caseload's 35 rows that was 8 % of the server's
 * busy CPU on /api/home (decision 0054). Only for fields whose drizzle decoder is the identity (no
 * `mapWith`, no column with a custom mapping, no nested selection): the values are what the driver
 * parsed.
 */
export function preparedByPosition<R>(
  db: Executor,
  name: string,
  build: (db: Executor) => { keys: readonly string[]; query: { getSQL(): SQL } },
): PreparedRows<R> {
  return preparedOnce(db, name, (handle) => {
    const { keys, query } = build(handle);
    const toObjects = (rows: unknown[][]) =>
      rows.map((row) => {
        const object: Record<string, unknown> = {};
        for (let i = 0; i < keys.length; i++) object[keys[i] as string] = row[i];
        return object;
      });
    return handle._.session.prepareQuery(
      renderer.sqlToQuery(query.getSQL()),
      undefined,
      name,
      true,
      toObjects,
    ) as unknown as PreparedRows<R>;
  });
}
