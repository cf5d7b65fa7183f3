/**
 * Fixtures of the erasure tests: a copy of a demo row with some columns changed (the fixture
 * without restating every column), and the body of an erasure request as the form sends it.
 */
import { beforeAll, expect } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { appOfFile } from './file-app.ts';
import type { TestClient } from './test-app.ts';

const cloneRow = (database: Database, table: string, where: string, changes: Record<string, unknown>) =>
  database.ownerQuery(
    `insert into "${table}" select (jsonb_populate_record(null::"${table}", to_jsonb(x) || $1::jsonb)).*
       from "${table}" x where ${where} limit 1`,
    [JSON.stringify(changes)],
  );

/** Owner queries and row copies on the test app's database, for a file whose app starts in beforeAll. */
export const erasureDatabase = (database: () => Database) => ({
  q: <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    database().ownerQuery<T>(sql, params),
  clone: (table: string, where: string, changes: Record<string, unknown>) =>
    cloneRow(database(), table, where, changes),
});

export const erasureRequestBody = (
  householdId: string,
  requesterPersonId: string,
  subjectPersonId?: string,
  requesterKind: 'parent' | 'youth' = 'parent',
) => ({
  householdId,
  requesterKind,
  requesterPersonId,
  receivedOn: '2026-11-02',
  ...(subjectPersonId ? { subjectPersonId } : {}),
});

/** The Vroeg household of the retention demo: Greet (parent) and Bas (child), its closed plan. */
export const VROEG = {
  household: 'hh-r-0001',
  parent: 'p-r-0001-a',
  child: 'p-r-0001-b',
  plan: 'plan-hh-r-0001',
} as const;
/** The functional administrator who decides erasure requests, and their routes. */
export const RETENTION_ADMIN = 'u-erik';
export const RETENTION_ROUTES = '/api/admin/retention';

/**
 * The administrator records an erasure request about `subject` (none: the whole dossier) for
 * `requester`; the answer as it comes, so a test can assert a refusal too.
 */
export async function askErasure(
  as: (userId: string) => Promise<TestClient>,
  householdId: string,
  requester: string,
  subject?: string,
  kind: 'parent' | 'youth' = 'parent',
) {
  return (await as(RETENTION_ADMIN)).request({
    method: 'POST',
    url: `${RETENTION_ROUTES}/erasure-requests`,
    payload: erasureRequestBody(householdId, requester, subject, kind),
  });
}

/** The administrator records a parent's request to erase one person of the household; its id. */
export async function recordPersonErasure(
  as: (userId: string) => Promise<TestClient>,
  householdId: string,
  requesterPersonId: string,
  subjectPersonId: string,
) {
  const created = await askErasure(as, householdId, requesterPersonId, subjectPersonId);
  expect(created.statusCode).toBe(201);
  return created.json().id as string;
}

/** The administrator's dry run of a request: what of the person goes, as `{ part: count }`. */
export async function personDryRun(as: (userId: string) => Promise<TestClient>, requestId: string) {
  const dry = await (await as(RETENTION_ADMIN)).request({
    method: 'POST',
    url: `${RETENTION_ROUTES}/erasure-requests/${requestId}/dry-run`,
  });
  expect(dry.statusCode).toBe(200);
  return dry.json() as {
    personGoes: Array<{ part: string; count: number }>;
    personStays: string[];
    legalHolds: string[];
  };
}

/** The administrator decides a request (unless told: executes it, confirmed); the answer as it comes. */
export async function decideErasure(
  as: (userId: string) => Promise<TestClient>,
  requestId: string,
  decision: Record<string, unknown> = { decision: 'execute', confirmed: true },
) {
  return (await as(RETENTION_ADMIN)).request({
    method: 'POST',
    url: `${RETENTION_ROUTES}/erasure-requests/${requestId}/decision`,
    payload: decision,
  });
}

/** The administrator executes a request (confirmed); the decided request. */
export async function executeErasure(as: (userId: string) => Promise<TestClient>, requestId: string) {
  const done = await decideErasure(as, requestId);
  expect(done.statusCode).toBe(200);
  return done.json() as { status: string; scope: string };
}

/**
 * The set-up of a test file on erasures in the Vroeg household: its app (made in beforeAll, where
 * `prepare` then adds the file's own rows; closed in afterAll), logged-in clients, owner queries, and
 * `ask`: the administrator records a request about `subject` (none: the whole dossier) for `requester`.
 */
export function vroegErasureFile(prepare: () => Promise<void>) {
  const { app, as } = appOfFile();
  beforeAll(prepare);
  const ask = (requester: string, subject: string | undefined, kind: 'parent' | 'youth' = 'parent') =>
    askErasure(as, VROEG.household, requester, subject, kind);
  return { app, as, ask, ...erasureDatabase(() => app().database) };
}
