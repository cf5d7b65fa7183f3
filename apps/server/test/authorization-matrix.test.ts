import { Role } from '@een-plan/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { breakGlass, consent } from '../src/consent/schema.ts';
import { DEMO_TENANT } from '../src/demo/demo-data.ts';
import type { RoutePolicy } from '../src/policy/route-policy.ts';
import { DEMO_USER_BY_ROLE } from './helpers/demo-users.ts';
import { dutchDay } from './helpers/dutch-day.ts';
import { type Expect, ROUTES } from './helpers/route-roles.ts';
import { createTestApp, type TestApp, type TestClient } from './helpers/test-app.ts';

/**
 * The authorization matrix: every registered API route × every role × consent state. The
 * expectations are written out by hand (the routes' table in helpers/route-roles.ts, the consent
 * states below); a route that is missing from the table (or listed with other roles than its
 * RoutePolicy) fails the test, so adding a route means deciding who may call it.
 */

/** Every role, the professionals first (the contract's order). */
const ROLES = Role.options;
const USER = DEMO_USER_BY_ROLE;
const ORG: Partial<Record<Role, string>> = {
  source: 'org-vlinder',
  provider: 'org-jeugdhulp',
  safety: 'org-veilig-thuis',
};

/** Not API routes: the web app's fallback and the API docs (plugin, listed in the policy module). */
const NOT_API = (url: string) => url === '/*' || url.startsWith('/api/docs');

type ConsentState = 'none' | 'granted' | 'other_section' | 'revoked' | 'expired' | 'break_glass';
const STATES: readonly ConsentState[] = [
  'none',
  'granted',
  'other_section',
  'revoked',
  'expired',
  'break_glass',
];

/**
 * Consent-dependent and relationship routes on hh-jansen: the expected status per role and
 * consent state (the consent names the role's organisation; break-glass is the role's user).
 * 404 = no way into the household (existence not leaked); 403 = the route policy, or another
 * section of a household one already sees.
 */
type Row = Record<ConsentState, number>;
const all = (s: number): Row => ({
  none: s,
  granted: s,
  other_section: s,
  revoked: s,
  expired: s,
  break_glass: s,
});
const viaConsent: Row = {
  none: 404,
  granted: 200,
  other_section: 403,
  revoked: 404,
  expired: 404,
  break_glass: 404,
};
const viaConsentOrGlass: Row = { ...viaConsent, break_glass: 200 };
const notForRole = all(403);

/** A route's expectations per role: refused (403) for every role but the ones named. */
const onlyFor = (rows: Partial<Record<Role, Row>>): Record<Role, Row> =>
  Object.fromEntries(ROLES.map((role) => [role, rows[role] ?? notForRole])) as Record<Role, Row>;

const CONSENT_MATRIX: Record<string, { section: 'plan' | 'intake'; expect: Record<Role, Row> }> = {
  'GET /api/shared/households/hh-jansen/plan': {
    section: 'plan',
    expect: onlyFor({ source: viaConsent, provider: viaConsent, safety: viaConsentOrGlass }),
  },
  'GET /api/shared/households/hh-jansen/intake': {
    section: 'intake',
    expect: onlyFor({ source: viaConsent, provider: viaConsent, safety: viaConsentOrGlass }),
  },
  'GET /api/households/hh-jansen/plan': {
    section: 'plan',
    expect: onlyFor({ coordinator: all(200), team_lead: all(200), resident: all(200) }),
  },
  'GET /api/households/hh-jansen/intake': {
    section: 'intake',
    expect: onlyFor({ coordinator: all(200), team_lead: all(200) }),
  },
};

let t: TestApp;
const clients = new Map<Role, TestClient>();
beforeAll(async () => {
  t = await createTestApp();
  for (const role of ROLES) {
    const c = t.client();
    expect((await c.loginAs(USER[role])).statusCode).toBe(200);
    clients.set(role, c);
  }
});
afterAll(() => t?.close());

function describePolicy(p: RoutePolicy | undefined): Expect | undefined {
  if (!p) return undefined;
  if (p.access === 'roles') return [...p.roles].sort();
  return p.access;
}
const normalise = (e: Expect) => (typeof e === 'string' ? e : [...e].sort());
const apiRoutes = () => (t?.app.registeredRoutes ?? []).filter((r) => r.method !== 'HEAD' && !NOT_API(r.url));
/** A concrete URL for a route pattern (parameters filled with an existing household id or a dummy). */
const concrete = (url: string) =>
  url.replace(/:householdId|:id(?=\/|$)/g, 'hh-jansen').replace(/:[A-Za-z]+/g, 'x');

describe('authorization matrix: routes × roles', () => {
  it('lists every registered route, with exactly the roles of its RoutePolicy', () => {
    const registered = apiRoutes().map((r) => `${r.method} ${r.url}`);
    expect(registered.filter((k) => !(k in ROUTES))).toEqual([]);
    expect(Object.keys(ROUTES).filter((k) => !registered.includes(k))).toEqual([]);
    for (const r of apiRoutes()) {
      expect({ route: `${r.method} ${r.url}`, policy: describePolicy(r.policy) }).toEqual({
        route: `${r.method} ${r.url}`,
        policy: normalise(ROUTES[`${r.method} ${r.url}`] as Expect),
      });
    }
  });

  it('answers 401 to anonymous callers and 403 to every role the table excludes', async () => {
    const anonymous = t.client();
    let checked = 0;
    for (const [key, expected] of Object.entries(ROUTES)) {
      if (expected === 'public') continue;
      const [method, url] = key.split(' ') as [string, string];
      const inject = { method: method as 'GET', url: concrete(url) };
      expect({ key, status: (await anonymous.request(inject)).statusCode }).toEqual({ key, status: 401 });
      if (expected === 'authenticated') continue;
      for (const role of ROLES.filter((r) => !expected.includes(r))) {
        const res = await (clients.get(role) as TestClient).request(inject);
        expect({ key, role, status: res.statusCode, code: res.json().code }).toEqual({
          key,
          role,
          status: 403,
          code: 'forbidden',
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });
});

describe('authorization matrix: household sections × roles × consent states', () => {
  async function setState(role: Role, state: ConsentState, section: 'plan' | 'intake') {
    await t.database.ownerQuery(`delete from consent where household_id = 'hh-jansen'`);
    await t.database.ownerQuery(`delete from break_glass where household_id = 'hh-jansen'`);
    if (state === 'none') return;
    const day = (offset: number) => dutchDay(offset);
    if (state === 'break_glass') {
      await t.database.db.insert(breakGlass).values({
        tenantId: DEMO_TENANT.tenantId,
        id: `bg-${role}`,
        householdId: 'hh-jansen',
        userId: USER[role],
        reasonEnc: 'v1:x',
        expiresAt: new Date(Date.now() + 3_600_000),
      });
      return;
    }
    const org = ORG[role];
    if (!org) return;
    await t.database.db.insert(consent).values({
      tenantId: DEMO_TENANT.tenantId,
      id: `c-${role}-${state}`,
      householdId: 'hh-jansen',
      subjectPersonId: 'p-tom',
      granteeKind: 'organisation',
      granteeRef: org,
      sections: state === 'other_section' ? [section === 'plan' ? 'intake' : 'plan'] : [section],
      purposeCategory: 'care_delivery',
      validFrom: day(-30),
      validUntil: state === 'expired' ? day(-1) : day(30),
      givenBy: ['p-anouk', 'p-tom'],
      recordedVia: 'conversation',
      recordedBy: 'u-sanne',
      givenOn: day(-30),
      revokedAt: state === 'revoked' ? new Date(Date.now() - 1000) : null,
    });
  }

  for (const [key, { section, expect: table }] of Object.entries(CONSENT_MATRIX)) {
    const url = key.replace(/^GET /, '');
    it(key, async () => {
      for (const role of ROLES) {
        for (const state of STATES) {
          await setState(role, state, section);
          const res = await (clients.get(role) as TestClient).request({ url });
          const expected = table[role][state];
          expect({
            role,
            state,
            status: res.statusCode,
            body: res.statusCode === expected ? '' : res.body,
          }).toEqual({
            role,
            state,
            status: expected,
            body: '',
          });
        }
      }
    });
  }
});
