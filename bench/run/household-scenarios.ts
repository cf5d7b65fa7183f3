// The coordinator's daily hot paths on the synthetic households (issue 18's table): dossier, plan
// read, plan draft save, a network member added, a name search. Each checks its answer first.
import type { Request } from 'autocannon';
import type pg from 'pg';
import { TENANT_ID } from '../seed/plan.ts';
import { type LoadOptions, measure } from './load.ts';
import type { Scenario } from './report.ts';

export interface CoordinatorData {
  userId: string;
  /** The coordinator's household ids, in id order. */
  households: string[];
  /** Three letters of a member's last name in the caseload: a prefix many team households share. */
  namePrefix: string;
}

export async function coordinatorData(pool: pg.Pool, userId: string): Promise<CoordinatorData> {
  const { rows } = await pool.query<{ id: string }>(
    'select id from household where tenant_id = $1 and coordinator_id = $2 order by id',
    [TENANT_ID, userId],
  );
  const households = rows.map((r) => r.id);
  const { rows: names } = await pool.query<{ last_name: string }>(
    `select p.last_name from household_member m
       join person p on p.tenant_id = m.tenant_id and p.id = m.person_id
      where m.tenant_id = $1 and m.household_id = $2 and m.until is null limit 1`,
    [TENANT_ID, households[0]],
  );
  const lastName = names[0]?.last_name;
  if (!lastName) throw new Error(`household ${households[0]} has no members: run bench:seed again`);
  return { userId, households, namePrefix: lastName.slice(0, 3) };
}

/** Session cookie plus a CSRF token pair, as the web app sends on every write. */
async function writeHeaders(baseUrl: string, cookie: string): Promise<Record<string, string>> {
  const response = await fetch(`${baseUrl}/api/auth/csrf`, { headers: { cookie: `ep_session=${cookie}` } });
  if (!response.ok) throw new Error(`GET /api/auth/csrf answered ${response.status}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const secret = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('ep_csrf='));
  if (!secret) throw new Error('GET /api/auth/csrf set no ep_csrf cookie');
  return {
    cookie: `ep_session=${cookie}; ${secret}`,
    'x-csrf-token': csrfToken,
    'content-type': 'application/json',
  };
}

async function call(url: string, init: RequestInit): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

function expect(condition: unknown, what: string): asserts condition {
  if (!condition) throw new Error(`smoke test: ${what}`);
}

interface PlanBody {
  plan: { version: number; state: string; goals: unknown[] } | null;
}

const planContent = (userId: string, version: number) =>
  JSON.stringify({
    version,
    vision: 'Het gezin woont rustig en de kinderen gaan elke dag naar school.',
    goals: [
      {
        domainCode: 'housing',
        description: 'Een vaste woning',
        achievedWhen: 'Het huurcontract is getekend',
        priority: 'high',
        actions: [
          { description: 'Aanvraag urgentie', owner: { kind: 'professional', ref: userId }, level: 1 },
          { description: 'Bezichtigingen plannen', owner: { kind: 'professional', ref: userId }, level: 0 },
        ],
      },
      {
        domainCode: 'finances',
        description: 'Grip op de schulden',
        achievedWhen: 'Er is een betalingsregeling',
        priority: 'medium',
        actions: [
          { description: 'Schuldhulp aanmelden', owner: { kind: 'professional', ref: userId }, level: 2 },
        ],
      },
    ],
  });

/** The current plan version of each household, creating a concept plan with content where there is none. */
async function ensurePlans(
  baseUrl: string,
  headers: Record<string, string>,
  data: CoordinatorData,
  n: number,
) {
  const versions = new Map<string, number>();
  for (const id of data.households.slice(0, n)) {
    const url = `${baseUrl}/api/households/${id}/plan`;
    let read = await call(url, { headers });
    expect(read.status === 200, `GET plan of ${id} answered ${read.status}`);
    if (!(read.body as PlanBody).plan) {
      const created = await call(url, { method: 'POST', headers, body: JSON.stringify({ vision: '' }) });
      expect(created.status === 201, `POST plan of ${id} answered ${created.status}`);
      read = await call(url, { headers });
    }
    let plan = (read.body as PlanBody).plan;
    expect(plan, `household ${id} has no plan after creating one`);
    if (plan.goals.length === 0) {
      const saved = await call(url, { method: 'PUT', headers, body: planContent(data.userId, plan.version) });
      expect(saved.status === 200, `PUT plan of ${id} answered ${saved.status}`);
      plan = (saved.body as PlanBody).plan!;
      expect(plan.goals.length === 2, 'a saved plan holds its two goals');
    }
    versions.set(id, plan.version);
  }
  return versions;
}

/**
 * Plan draft saves: each connection saves a plan no other connection holds at that moment, with
 * the version its last answer gave, so no save conflicts with another. A 409 (a save abandoned by
 * the previous run that landed late) is handled: that household's next request re-reads the plan.
 */
function planSaveRequests(
  baseUrl: string,
  headers: Record<string, string>,
  data: CoordinatorData,
  n: number,
) {
  return async (): Promise<Request[]> => {
    // Saves abandoned at the end of the previous window may still be landing.
    await new Promise((r) => setTimeout(r, 1_000));
    const versions = await ensurePlans(baseUrl, headers, data, n);
    const free: Array<{ id: string; version: number | null }> = [...versions].map(([id, version]) => ({
      id,
      version,
    }));
    return [
      {
        setupRequest: (request, context) => {
          const held = free.shift();
          if (!held) throw new Error('more connections than plans to save');
          context.held = held;
          const path = `/api/households/${held.id}/plan`;
          if (held.version === null) return { ...request, method: 'GET', path, headers };
          return { ...request, method: 'PUT', path, headers, body: planContent(data.userId, held.version) };
        },
        onResponse: (status, body, context) => {
          const held = context.held as { id: string; version: number | null };
          held.version = status === 200 ? ((JSON.parse(body) as PlanBody).plan?.version ?? null) : null;
          free.push(held);
        },
      },
    ];
  };
}

let added = 0;
const BENCH_NEIGHBOUR = 'Benchbuur';
const networkBody = () =>
  JSON.stringify({ name: `${BENCH_NEIGHBOUR} ${++added}`, relation: 'neighbour', takesPartInPlan: false });

/**
 * Removes the network members earlier runs added to the synthetic households, so every run reads the
 * dossiers as seeded: each run adds about 10,000, and a dossier lists a household's network (up to
 * 200 of them). Before this, the dossier's cost grew with every run on the same database. "Buur N"
 * is how runs before 1 December 2026 named them.
 */
export async function removeBenchNetworkMembers(pool: pg.Pool): Promise<number> {
  const { rowCount } = await pool.query(
    `delete from network_member where tenant_id = $1 and household_id like 'bench-hh-%'
       and relation = 'neighbour' and (name like $2 or name ~ '^Buur [0-9]+$')`,
    [TENANT_ID, `${BENCH_NEIGHBOUR} %`],
  );
  return rowCount ?? 0;
}

/**
 * The tables the scenarios update, vacuumed before a run: where autovacuum is off (as on the
 * development machine's server), each draft save leaves its goals and actions behind as dead rows,
 * and the plan read of the next run walks them (its PostgreSQL CPU tripled over three runs).
 */
export async function vacuumBenchWrites(pool: pg.Pool): Promise<void> {
  await pool.query('vacuum (analyze) plan_goal, plan_action, plan, plan_version, network_member');
}

interface HouseholdScenario {
  name: string;
  run(baseUrl: string, cookie: string, load: Omit<LoadOptions, 'url' | 'headers'>): Promise<Scenario>;
}

export function householdScenarios(data: CoordinatorData): HouseholdScenario[] {
  const pick = (i: number) => data.households[i % data.households.length]!;
  let next = 0;
  const rotating = (path: (id: string) => string): Request[] => [
    { setupRequest: (request) => ({ ...request, path: path(pick(next++)) }) },
  ];
  return [
    {
      name: 'dossier read (GET /api/households/:id)',
      async run(baseUrl, cookie, load) {
        const headers = { cookie: `ep_session=${cookie}` };
        const first = await call(`${baseUrl}/api/households/${pick(0)}`, { headers });
        const body = first.body as { id?: string; members?: unknown[] };
        expect(first.status === 200 && body.id === pick(0), `dossier answered ${first.status}`);
        expect(body.members?.length, 'the dossier lists the members');
        const requests = async () => rotating((id) => `/api/households/${id}`);
        const result = await measure({ ...load, url: baseUrl, headers, requests });
        return { name: 'app: dossier read', path: 'GET /api/households/:id', ...result };
      },
    },
    {
      name: 'plan read (GET /api/households/:id/plan)',
      async run(baseUrl, cookie, load) {
        const headers = await writeHeaders(baseUrl, cookie);
        const n = Math.min(load.connections, data.households.length);
        await ensurePlans(baseUrl, headers, data, n);
        const first = await call(`${baseUrl}/api/households/${pick(0)}/plan`, { headers });
        expect((first.body as PlanBody).plan?.goals.length === 2, 'the plan read holds its goals');
        const requests = async () => [
          { setupRequest: (r: Request) => ({ ...r, path: `/api/households/${pick(next++ % n)}/plan` }) },
        ];
        const result = await measure({ ...load, url: baseUrl, headers, requests });
        return {
          name: 'app: plan read (2 goals, 3 actions)',
          path: 'GET /api/households/:id/plan',
          ...result,
        };
      },
    },
    {
      name: 'plan draft save (PUT /api/households/:id/plan)',
      async run(baseUrl, cookie, load) {
        const headers = await writeHeaders(baseUrl, cookie);
        const n = Math.min(load.connections, data.households.length);
        const before = await ensurePlans(baseUrl, headers, data, n);
        const id = pick(0);
        const saved = await call(`${baseUrl}/api/households/${id}/plan`, {
          method: 'PUT',
          headers,
          body: planContent(data.userId, before.get(id)!),
        });
        const plan = (saved.body as PlanBody).plan;
        expect(saved.status === 200 && plan?.version === before.get(id)! + 1, 'a save makes a new version');
        const requests = planSaveRequests(baseUrl, headers, data, n);
        const result = await measure({ ...load, connections: n, url: baseUrl, headers, requests });
        return { name: `app: plan draft save (${n} plans)`, path: 'PUT /api/households/:id/plan', ...result };
      },
    },
    {
      name: 'add a network member (POST /api/households/:id/network)',
      async run(baseUrl, cookie, load) {
        const headers = await writeHeaders(baseUrl, cookie);
        const first = await call(`${baseUrl}/api/households/${pick(0)}/network`, {
          method: 'POST',
          headers,
          body: networkBody(),
        });
        expect(
          first.status === 201 && (first.body as { id?: string }).id,
          `network add answered ${first.status}`,
        );
        const requests = async (): Promise<Request[]> => [
          {
            method: 'POST',
            setupRequest: (request) => ({
              ...request,
              path: `/api/households/${pick(next++)}/network`,
              body: networkBody(),
            }),
          },
        ];
        const result = await measure({ ...load, url: baseUrl, headers, requests });
        return { name: 'app: add a network member', path: 'POST /api/households/:id/network', ...result };
      },
    },
    {
      name: 'household search by name prefix (POST /api/households/search)',
      async run(baseUrl, cookie, load) {
        const headers = await writeHeaders(baseUrl, cookie);
        const body = JSON.stringify({ kind: 'name', name: data.namePrefix });
        const url = `${baseUrl}/api/households/search`;
        const first = await call(url, { method: 'POST', headers, body });
        const items = (first.body as { items?: unknown[] }).items;
        expect(first.status === 200 && items?.length, `name search answered ${first.status} with no hits`);
        const result = await measure({ ...load, url, headers, method: 'POST', body });
        return {
          name: `app: household search, name prefix "${data.namePrefix}"`,
          path: 'POST /api/households/search',
          ...result,
        };
      },
    },
  ];
}
