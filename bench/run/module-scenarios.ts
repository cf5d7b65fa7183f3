import type { LoadOptions } from './load.ts';
import { measure } from './load.ts';
import type { Scenario } from './report.ts';

/** The demo users whose sessions the module scenarios use (the demo story is loaded by bench:seed). */
export const MODULE_USERS = {
  coordinator: 'u-sanne',
  teamLead: 'u-ahmed',
  analyst: 'u-linda',
  safety: 'u-joost',
} as const;
export type ModuleUser = keyof typeof MODULE_USERS;

interface ModuleScenario {
  name: string;
  path: string;
  as: ModuleUser;
  /** Throws when the answer is not what the scenario claims to measure. */
  check: (body: unknown) => void;
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
];

/** The module scenarios, each to run against a running app server; the sessions are cookie values per user. */
export function moduleScenarios(cookies: Record<ModuleUser, string>) {
  return SCENARIOS.map((s) => ({
    name: `app: ${s.name}`,
    async run(baseUrl: string, load: Omit<LoadOptions, 'url' | 'headers'>): Promise<Scenario> {
      const url = `${baseUrl}${s.path}`;
      const headers = { cookie: `ep_session=${cookies[s.as]}` };
      const response = await fetch(url, { headers });
      if (!response.ok) throw new Error(`smoke test ${s.path} answered ${response.status}`);
      s.check(await response.json());
      const result = await measure({ ...load, url, headers });
      return { name: `app: ${s.name}`, path: `GET ${s.path.split('?')[0]}`, ...result };
    },
  }));
}
