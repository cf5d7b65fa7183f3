import type { Role } from '@een-plan/contracts';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USER_BY_ROLE } from './helpers/demo-users.ts';
import { createTestApp, type TestApp, type TestClient } from './helpers/test-app.ts';

/**
 * Every state-changing route of the OpenAPI document, fed schema-shaped and hostile bodies and
 * path parameters as a role that may call it: the answer is 2xx or a 4xx problem with a stable
 * code, never 5xx, and a 4xx leaves every stored row as it was.
 */

const SEED = 1_212_2026;
const RUNS_PER_ROUTE = 6;
const STATE_CHANGING = ['post', 'put', 'patch', 'delete'] as const;
/** Not for this test: they end or start the session itself, or speak XML with a provider key. */
const SKIPPED = new Set(['POST /api/auth/logout', 'POST /api/auth/demo-login', 'POST /api/ijw/messages']);
const USER = DEMO_USER_BY_ROLE;
/** Rows that may change on a refused request: the audit trail of the refusal itself. */
const UNCHECKED_TABLES = new Set(['audit_log', 'audit_checkpoint', 'session', 'login_failure']);

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: string;
};
type Operation = {
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, unknown> }>;
};
type OpenApi = {
  paths: Record<string, Partial<Record<(typeof STATE_CHANGING)[number] | 'get', Operation>>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

let t: TestApp;
let doc: OpenApi;
let tables: string[];
let knownIds: string[];
const idsByTable = new Map<string, string[]>();
const clients = new Map<string, TestClient>();
/** Per role: the ids its own lists showed it (its caseload, its queue), so requests reach its subjects. */
const shownIds = new Map<Role, Map<string, string[]>>();

beforeAll(async () => {
  t = await createTestApp();
  doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
  tables = (
    await t.database.ownerQuery<{ table_name: string }>(
      `select table_name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    )
  )
    .map((r) => r.table_name)
    .filter((name) => !UNCHECKED_TABLES.has(name) && !name.startsWith('__'));
  const idTables = await t.database.ownerQuery<{ table_name: string }>(
    `select table_name from information_schema.columns
      where table_schema = 'public' and column_name = 'id' order by table_name`,
  );
  knownIds = [];
  for (const { table_name } of idTables) {
    const rows = await t.database.ownerQuery<{ id: string }>(
      `select id::text as id from "${table_name}" order by id limit 10`,
    );
    idsByTable.set(
      table_name,
      rows.map((r) => r.id),
    );
    knownIds.push(...rows.slice(0, 2).map((r) => r.id));
  }
}, 600_000);
afterAll(() => t?.close());

async function clientFor(role: Role): Promise<TestClient> {
  const existing = clients.get(role);
  if (existing) return existing;
  const client = t.client();
  expect((await client.loginAs(USER[role])).statusCode).toBe(200);
  clients.set(role, client);
  shownIds.set(role, await idsShownTo(client));
  return client;
}

/** Every id-like value in the answers of the GET routes without path parameters (lists, homes). */
async function idsShownTo(client: TestClient): Promise<Map<string, string[]>> {
  const ids = new Set<string>();
  const collect = (value: unknown, key = ''): void => {
    if (Array.isArray(value)) for (const v of value) collect(v, key);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, k);
    else if (typeof value === 'string' && /(^id$|Id$)/.test(key) && value.length <= 100) ids.add(value);
  };
  for (const [path, item] of Object.entries(doc.paths)) {
    // Only JSON answers: a stream (server-sent events) never ends, a PDF holds no ids.
    const json = item.get?.responses?.['200']?.content?.['application/json'];
    if (!json || path.includes('{') || !path.startsWith('/api/')) continue;
    const response = await client.request({ method: 'GET', url: path });
    if (response.statusCode === 200 && /json/.test(String(response.headers['content-type'])))
      collect(response.json());
  }
  // Which table each id belongs to, so a householdId parameter gets a household's id.
  const byTable = new Map<string, string[]>();
  for (const table of idsByTable.keys()) {
    const rows = await t.database.ownerQuery<{ id: string }>(
      `select id::text as id from "${table}" where id::text = any($1) order by id`,
      [[...ids]],
    );
    if (rows.length > 0)
      byTable.set(
        table,
        rows.map((r) => r.id),
      );
  }
  return byTable;
}

/** One fingerprint per table over all its rows, in one round trip. */
async function fingerprint(): Promise<Map<string, string>> {
  const query = tables
    .map(
      (name) =>
        `select '${name}' as name, md5(coalesce(string_agg(md5(x::text), ',' order by md5(x::text)), '')) as sum from "${name}" x`,
    )
    .join(' union all ');
  const rows = await t.database.ownerQuery<{ name: string; sum: string }>(query);
  return new Map(rows.map((r) => [r.name, r.sum]));
}

const hostileString = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '%%%',
    '../../etc/passwd',
    "'; drop table household; --",
    '\uD800',
    '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👨‍👩‍👧',
    '\u202Eevil',
    '',
    ' ',
    'x'.repeat(100_000),
    '9'.repeat(40),
    '2026-02-30',
    'null',
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
);

function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  // fast-check prints a counterexample recursively; JSON.stringify ignores this symbol key.
  Object.defineProperty(value, fc.toStringMethod, { value: () => `nested(${depth})` });
  return value;
}

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.integer(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1e308, -0.5, 2 ** 31, 2 ** 63),
  fc.boolean(),
  fc.constant(null),
  fc.integer({ min: 50, max: 1_000 }).map(nested),
  fc.jsonValue({ maxDepth: 3 }),
  fc.array(hostileString, { maxLength: 3 }),
);

function resolve(schema: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.split('/').at(-1)!;
  return doc.components?.schemas?.[name] ?? {};
}

/** A value shaped by the schema: most pass validation, so they reach services and the database. */
function shaped(input: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!input || depth > 6) return fc.constant(null);
  const schema = resolve(input);
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => shaped(s, depth + 1)));
  if (schema.allOf?.[0]) return shaped(schema.allOf[0], depth + 1);
  if (Array.isArray(schema.type))
    return fc.oneof(...schema.type.map((type) => shaped({ ...schema, type }, depth)));
  switch (schema.type) {
    case 'string':
      return shapedString(schema);
    case 'integer':
      return fc.integer({
        min: Math.max(schema.minimum ?? -1_000, -(2 ** 31)),
        max: Math.min(schema.maximum ?? 100_000, 2 ** 31 - 1),
      });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1_000, max: schema.maximum ?? 100_000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array':
      return fc.array(shaped(schema.items, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, 3)),
      });
    default: {
      if (!schema.properties) return schema.type === 'object' ? fc.constant({}) : hostileValue;
      const required = new Set(schema.required ?? []);
      return fc.record(
        Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, shaped(v, depth + 1)])),
        { requiredKeys: Object.keys(schema.properties).filter((k) => required.has(k)) },
      );
    }
  }
}

function shapedString(schema: JsonSchema): fc.Arbitrary<string> {
  const day = fc.date({ min: new Date('1950-01-01'), max: new Date('2060-12-31'), noInvalidDate: true });
  switch (schema.format) {
    case 'date':
      return day.map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return day.map((d) => d.toISOString());
    case 'email':
      return fc.emailAddress();
    case 'uuid':
      return fc.uuid();
    case 'uri':
      return fc.webUrl();
  }
  const min = schema.minLength ?? 0;
  const max = Math.max(min, Math.min(schema.maxLength ?? 40, 60));
  // A field with a pattern (a BSN, a postcode, a time) gets strings of that pattern, within its length.
  if (schema.pattern)
    return fc
      .stringMatching(new RegExp(schema.pattern))
      .filter((v) => v.length >= min && v.length <= (schema.maxLength ?? Number.POSITIVE_INFINITY));
  // Rarely wrong per field: a body has several strings, and most bodies should reach the handler.
  return fc.oneof(
    { weight: 12, arbitrary: fc.string({ minLength: min, maxLength: max }) },
    { weight: 4, arbitrary: fc.constantFrom(...knownIds) },
    {
      weight: 1,
      // Within the schema's length, so only the character itself is wrong.
      arbitrary: fc
        .string({ minLength: Math.max(min - 1, 0), maxLength: Math.max(max - 1, 0) })
        .map((v) => `${v}\u0000`.slice(-max || 1)),
    },
  );
}

/** Schema-shaped with one field swapped for something hostile. */
function mutated(schema: JsonSchema | undefined): fc.Arbitrary<unknown> {
  return fc.tuple(shaped(schema), hostileValue, fc.nat()).map(([value, bad, i]) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return bad;
    const keys = Object.keys(value);
    if (keys.length === 0) return { unexpected: bad };
    return { ...value, [keys[i % keys.length]!]: bad };
  });
}

/**
 * `householdId` → ids of `household` that the role was shown, else any ids of `household`, so
 * shaped requests reach existing resources the role may work on, and others too.
 */
function pathParam(name: string, role: Role): fc.Arbitrary<string> {
  const table = name.replace(/Id$/, '').replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const own = idsByTable.get(table) ?? [];
  const shown = shownIds.get(role)?.get(table) ?? [];
  const existing = own.length > 0 ? fc.constantFrom(...own) : fc.constantFrom(...knownIds);
  const theirs = shown.length > 0 ? fc.constantFrom(...shown) : existing;
  return fc
    .oneof({ weight: 4, arbitrary: theirs }, { weight: 2, arbitrary: existing }, fc.uuid(), hostileString)
    .map((raw) => {
      try {
        return encodeURIComponent(raw.slice(0, 300)) || 'x';
      } catch {
        return 'lone-surrogate';
      }
    });
}

function operations() {
  const routes = new Map(t.app.registeredRoutes.map((r) => [`${r.method} ${r.url}`, r.policy]));
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    STATE_CHANGING.flatMap((method) => {
      const operation = item[method];
      // OpenAPI writes `{id}` where Fastify writes `:id`.
      const key = `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`;
      if (!operation || SKIPPED.has(key)) return [];
      const policy = routes.get(key);
      const role: Role = policy?.access === 'roles' ? policy.roles[0]! : 'coordinator';
      const content = operation.requestBody?.content ?? {};
      const schema = content['application/json']?.schema ?? Object.values(content)[0]?.schema;
      return [{ key, method, path, role, schema }];
    }),
  );
}

describe('state-changing routes under arbitrary input', () => {
  it('answer 2xx or a 4xx problem with a stable code, and a 4xx changes nothing stored', async () => {
    const ops = operations();
    expect(ops.length).toBeGreaterThan(20);
    const seen: Record<string, number[]> = {};
    /** The fingerprint after the last request, when that request was refused (and so changed nothing). */
    let stored: Map<string, string> | undefined;
    for (const op of ops) {
      const client = await clientFor(op.role);
      const params = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
      const request = fc.record({
        params: fc.tuple(...params.map((name) => pathParam(name, op.role))),
        body: fc.oneof(
          { weight: 3, arbitrary: shaped(op.schema) },
          { weight: 2, arbitrary: mutated(op.schema) },
          { weight: 1, arbitrary: hostileValue },
        ),
      });
      await fc.assert(
        fc.asyncProperty(request, async ({ params: values, body }) => {
          let url = op.path;
          params.forEach((name, i) => {
            url = url.replace(`{${name}}`, values[i] ?? 'x');
          });
          // Nothing else writes between two requests: what the last refused request left is still there.
          const before = stored ?? (await fingerprint());
          stored = undefined;
          const response = await client.request({
            method: op.method.toUpperCase() as 'POST',
            url,
            ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
            headers: { 'content-type': 'application/json' },
          });
          seen[op.key] = [...(seen[op.key] ?? []), response.statusCode];
          const where = `${op.key} as ${op.role} → ${response.statusCode} ${response.body.slice(0, 300)}`;
          expect(response.statusCode, where).toBeLessThan(500);
          if (response.statusCode < 400) return;
          expect(response.headers['content-type'], where).toMatch(/^application\/problem\+json/);
          expect(response.json().code, where).toMatch(/^[a-z][a-z0-9_]*$/);
          const after = await fingerprint();
          const changed = [...after].filter(([name, sum]) => before.get(name) !== sum).map(([name]) => name);
          expect(changed, where).toEqual([]);
          stored = after;
        }),
        { numRuns: RUNS_PER_ROUTE, seed: SEED, endOnFailure: true },
      );
    }
    // Not only refusals: schema-shaped bodies reach the handlers of a good share of the routes.
    const succeeded = Object.values(seen).filter((statuses) => statuses.some((s) => s < 300)).length;
    const statuses = Object.values(seen).flat();
    const byClass = (lo: number) => statuses.filter((s) => s >= lo && s < lo + 100).length;
    console.info(
      `${ops.length} state-changing routes, ${succeeded} with at least one 2xx; ${statuses.length} requests: ${byClass(200)} 2xx, ${statuses.filter((s) => s === 400).length} 400, ${statuses.filter((s) => s === 403).length} 403, ${statuses.filter((s) => s === 404).length} 404, ${byClass(400) - statuses.filter((s) => s === 400 || s === 403 || s === 404).length} other 4xx`,
    );
    // Measured: 30 of 115 routes (20 before requests used the ids each role was shown and fields
    // their patterns). A fifth is the floor, so a change that stops bodies reaching handlers shows.
    expect(succeeded).toBeGreaterThanOrEqual(Math.ceil(ops.length / 5));
  }, 1_800_000);
});
