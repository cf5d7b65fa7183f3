import type { LoadOptions } from './load.ts';
import { measure } from './load.ts';
import type { Scenario } from './report.ts';

/** The demo users whose sessions the module scenarios use (the demo story is loaded by bench:seed). */
export const MODULE_USERS = {
  coordinator: 'u-sanne',
  teamLead: 'u-ahmed',
  analyst: 'u-linda',
  safety: 'u-joost',
  provider: 'u-fatima',
  admin: 'u-erik',
} as const;
export type ModuleUser = keyof typeof MODULE_USERS;

interface ModuleScenario {
  name: string;
  path: string;
  as: ModuleUser;
  /** Throws when the answer is not what the scenario claims to measure. */
  check: (body: unknown) => void;
  /**
   * A keyset list (decision 0031): measure the page after the first one, with the cursor the first
   * answer gave, as "Meer laden" asks for it. Small pages, so the demo story has a second one.
   */
  nextPage?: true;
}

const nonEmpty = (key: string) => (body: unknown) => {
  const list = (body as Record<string, unknown>)[key];
  if (!Array.isArray(list) || list.length === 0) throw new Error(`the answer holds no ${key}`);
};

// The hot paths of the newer modules, each read by the role that reads it every day.
const SCENARIOS: ModuleScenario[] = [
  {
    name: 'outcomes dashboard (municipality, per month)',
    path: '/api/outcomes/dashboard?period=month',
    as: 'analyst',
    check: nonEmpty('figures'),
  },
  {
    name: 'meldcode tracks of a household',
    path: '/api/households/hh-jansen/safety/tracks',
    as: 'coordinator',
    check: nonEmpty('items'),
  },
  {
    name: 'Veilig Thuis report queue',
    path: '/api/safety/reports?status=all',
    as: 'safety',
    check: () => undefined,
  },
  {
    name: 'rights cases worklist (team lead)',
    path: '/api/rights/worklist',
    as: 'teamLead',
    check: () => undefined,
  },
  { name: 'tasks list (team lead)', path: '/api/tasks', as: 'teamLead', check: nonEmpty('items') },
  {
    name: 'tasks, next page (coordinator)',
    path: '/api/tasks?pageSize=5',
    as: 'coordinator',
    check: nonEmpty('items'),
    nextPage: true,
  },
  {
    name: "provider's assignments, next page",
    path: '/api/provider/assignments?limit=5',
    as: 'provider',
    check: nonEmpty('assignments'),
    nextPage: true,
  },
  {
    name: 'iJw message log, next page (administrator)',
    path: '/api/admin/ijw-messages?limit=10',
    as: 'admin',
    check: nonEmpty('messages'),
    nextPage: true,
  },
];

/** The URL of the page after the first (the first's own when there is no second), checked as the first is. */
async function nextPageUrl(s: ModuleScenario, url: string, headers: Record<string, string>) {
  const first = await fetch(url, { headers });
  if (!first.ok) throw new Error(`smoke test ${s.path} answered ${first.status}`);
  const { nextCursor } = (await first.json()) as { nextCursor?: string | null };
  if (nextCursor === undefined) throw new Error(`${s.path} is not a keyset list: no nextCursor`);
  return nextCursor ? `${url}&cursor=${encodeURIComponent(nextCursor)}` : url;
}

/** The module scenarios, each to run against a running app server; the sessions are cookie values per user. */
export function moduleScenarios(cookies: Record<ModuleUser, string>) {
  return SCENARIOS.map((s) => ({
    name: `app: ${s.name}`,
    async run(baseUrl: string, load: Omit<LoadOptions, 'url' | 'headers'>): Promise<Scenario> {
      const headers = { cookie: `ep_session=${cookies[s.as]}` };
      const url = s.nextPage ? await nextPageUrl(s, `${baseUrl}${s.path}`, headers) : `${baseUrl}${s.path}`;
      const response = await fetch(url, { headers });
      if (!response.ok) throw new Error(`smoke test ${s.path} answered ${response.status}`);
      s.check(await response.json());
      const result = await measure({ ...load, url, headers });
      const page = s.nextPage && url.includes('&cursor=') ? ' (page 2, cursor)' : '';
      return { name: `app: ${s.name}`, path: `GET ${s.path.split('?')[0]}${page}`, ...result };
    },
  }));
}
