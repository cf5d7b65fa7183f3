import { Role } from '@een-plan/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { breakGlass, consent } from '../src/consent/schema.ts';
import { DEMO_TENANT } from '../src/demo/demo-data.ts';
import type { RoutePolicy } from '../src/policy/route-policy.ts';
import { DEMO_USER_BY_ROLE } from './helpers/demo-users.ts';
import { dutchDay } from './helpers/dutch-day.ts';
import { createTestApp, type TestApp, type TestClient } from './helpers/test-app.ts';

/**
 * The authorization matrix: every registered API route × every role × consent state. The
 * expectations are written out here, by hand; a route that is missing from this table (or listed
 * with other roles than its RoutePolicy) fails the test, so adding a route means deciding who may
 * call it.
 */

/** Every role, the professionals first (the contract's order). */
const ROLES = Role.options;
const USER = DEMO_USER_BY_ROLE;
const ORG: Partial<Record<Role, string>> = {
  source: 'org-vlinder',
  provider: 'org-jeugdhulp',
  safety: 'org-veilig-thuis',
};

type Expect = 'public' | 'authenticated' | readonly Role[];
const C = 'coordinator';
const TL = 'team_lead';
const R = 'resident';
const CS = 'crisis_service';
const GI = 'certified_institution';
const PROFESSIONALS = ROLES.filter((r) => r !== R);

/** Who passes each route's policy (role-only expectations; consent states do not apply to them). */
const ROUTES: Record<string, Expect> = {
  'GET /api/openapi.json': 'public',
  'GET /health/live': 'public',
  'GET /health/ready': 'public',
  'GET /metrics': 'public',
  'GET /api/auth/config': 'public',
  'GET /api/auth/csrf': 'public',
  'GET /api/auth/session': 'public',
  'POST /api/auth/logout': 'authenticated',
  'GET /api/auth/demo-users': 'public',
  'POST /api/auth/demo-login': 'public',
  'GET /api/auth/oidc/login': 'public',
  'GET /api/auth/oidc/callback': 'public',
  'GET /api/home': 'authenticated',
  'GET /api/households': [C, TL],
  'POST /api/households/search': [C, TL],
  'GET /api/households/:id': [C, TL, R],
  'POST /api/households/:id/members': [C],
  'PATCH /api/households/:id/members/:personId': [C],
  'POST /api/households/:id/members/:personId/move': [C],
  'POST /api/households/:id/members/:personId/end': [C],
  'POST /api/households/:id/network': [C],
  'PUT /api/households/:id/network/:memberId': [C],
  'POST /api/households/:id/network/:memberId/decision': [C],
  'POST /api/portal/network-suggestions': [R],
  'GET /api/households/:id/intake': [C, TL],
  'PUT /api/households/:id/intake': [C],
  'GET /api/portal/preparation': [R],
  'PUT /api/portal/preparation': [R],
  'GET /api/life-domains': 'authenticated',
  'GET /api/my/plan': [R],
  'GET /api/households/:householdId/plan': [C, TL, R],
  'POST /api/households/:householdId/plan': [C, TL],
  'PUT /api/households/:householdId/plan': [C, TL],
  'POST /api/households/:householdId/plan/transitions': [C, TL],
  'GET /api/households/:householdId/plan/closure': [C, TL],
  'GET /api/households/:householdId/plan/safety': [C, TL, R, 'safety', GI, 'source', 'provider'],
  'PUT /api/households/:householdId/plan/safety': [C, TL],
  'PUT /api/households/:householdId/plan/safety/conditions': ['safety', GI],
  'POST /api/households/:householdId/plan/safety/checks/:checkId/done': [C, TL],
  'POST /api/households/:householdId/plan/safety/scores': [C, TL],
  'POST /api/households/:householdId/plan/safety/scores/own': [R],
  'GET /api/admin/safety-plan-settings': ['admin', C, TL],
  'PUT /api/admin/safety-plan-settings': ['admin'],
  'POST /api/households/:householdId/plan/closure': [C, TL],
  'POST /api/households/:householdId/plan/agreements': [C, TL, R],
  'PATCH /api/households/:householdId/plan/actions/:actionId': [C, TL, R],
  'POST /api/households/:householdId/plan/proposals': [C, TL, R],
  'POST /api/households/:householdId/plan/proposals/:proposalId/decision': [C, TL],
  'POST /api/households/:householdId/plan/comments': [C, TL, R],
  'POST /api/households/:householdId/plan/evaluations': [C, TL],
  'GET /api/households/:householdId/plan/versions': [C, TL, R],
  'GET /api/households/:householdId/plan/versions/:version': [C, TL],
  'GET /api/households/:householdId/plan/diff': [C, TL],
  'GET /api/households/:householdId/plan/owner-options': [C, TL],
  'GET /api/households/:householdId/self-reliance/trend': [C, TL, R],
  'GET /api/households/:householdId/plan/pdf': [C, TL, R],
  'GET /api/public/teams': 'public',
  'GET /api/referrals/life-domains': 'authenticated',
  'POST /api/referrals': ['source', C, TL, R],
  'GET /api/referrals/mine': ['source', C, TL, R],
  'GET /api/referrals/queue': [C, TL],
  'GET /api/referrals/team-coordinators': [C, TL],
  'GET /api/referrals/waiting-times': [C, TL],
  'GET /api/referrals/:id': [C, TL],
  'POST /api/referrals/:id/triage': [C, TL],
  'POST /api/referrals/:id/first-contact': [C, TL],
  'GET /api/social-map/offers': 'authenticated',
  'GET /api/social-map/offers/:id': 'authenticated',
  'POST /api/social-map/offers': ['admin', 'provider'],
  'PUT /api/social-map/offers/:id': ['admin', 'provider'],
  'GET /api/admin/areas': ['admin'],
  'PUT /api/admin/areas/:id': ['admin'],
  'POST /api/admin/postcode-imports': ['admin'],
  'GET /api/admin/postcode-imports/:id': ['admin'],
  'GET /api/admin/referral-settings': ['admin'],
  'PUT /api/admin/referral-settings': ['admin'],
  'GET /api/admin/retention/terms': ['admin'],
  'PUT /api/admin/retention/terms': ['admin'],
  'GET /api/admin/retention/due': ['admin'],
  'POST /api/admin/retention/dry-run': ['admin'],
  'POST /api/admin/retention/destructions': ['admin'],
  'GET /api/admin/retention/traces': ['admin'],
  'GET /api/admin/retention/erasure-requests': ['admin'],
  'POST /api/admin/retention/erasure-requests': ['admin'],
  'POST /api/admin/retention/erasure-requests/household-search': ['admin'],
  'POST /api/admin/retention/erasure-requests/:id/decision': ['admin'],
  'POST /api/admin/retention/erasure-requests/:id/dry-run': ['admin'],
  'GET /api/my/consents': [R],
  'GET /api/households/:householdId/consents': [C, TL, R],
  'POST /api/households/:householdId/consents': [C, R],
  'POST /api/households/:householdId/consents/:consentId/cosign': [C, R],
  'POST /api/households/:householdId/consents/:consentId/revoke': [C, R],
  'GET /api/shared/households': ['source', 'provider', 'safety'],
  'GET /api/shared/households/:householdId/plan': ['source', 'provider', 'safety'],
  'GET /api/shared/households/:householdId/intake': ['source', 'provider', 'safety'],
  'POST /api/households/:householdId/break-glass': ['safety'],
  'GET /api/break-glass/reviews': [TL],
  'POST /api/break-glass/lookup': ['safety'],
  'GET /api/break-glass/mine': ['safety'],
  'POST /api/break-glass/:breakGlassId/review': [TL],
  'GET /api/my/access-log': [R],
  'GET /api/my/data-export': [R],
  'GET /api/my/access-log.pdf': [R],
  'GET /api/my/data-export.pdf': [R],
  'GET /api/contracts': ['admin', C, TL],
  'POST /api/admin/contracts': ['admin'],
  'GET /api/admin/providers': ['admin'],
  'POST /api/admin/providers': ['admin'],
  'GET /api/admin/providers/:organisationId/api-clients': ['admin'],
  'POST /api/admin/providers/:organisationId/api-clients': ['admin'],
  'DELETE /api/admin/providers/:organisationId/api-clients/:id': ['admin'],
  'GET /api/admin/assignment-settings': ['admin'],
  'GET /api/admin/audit-chain': ['admin'],
  'POST /api/admin/audit-checkpoints': ['admin'],
  'GET /api/theme': 'public',
  'PUT /api/admin/theme': ['admin'],
  'DELETE /api/admin/theme': ['admin'],
  'GET /api/households/:householdId/rights': [C, TL],
  'POST /api/households/:householdId/rights/requests': [C, TL],
  'POST /api/households/:householdId/rights/objections': [C, TL],
  'POST /api/households/:householdId/rights/complaints': [C, TL],
  'POST /api/households/:householdId/rights/:caseId/postponement': [C, TL],
  'POST /api/households/:householdId/rights/:caseId/hearing': [C, TL],
  'POST /api/households/:householdId/rights/:caseId/acknowledgement': [C, TL],
  'POST /api/households/:householdId/rights/:caseId/decision': [C, TL],
  'GET /api/rights/worklist': [C, TL],
  'GET /api/my/rights': [R],
  'POST /api/my/rights': [R],
  'GET /api/households/:householdId/rights/:caseId/letters/:letterId': [C, TL],
  'GET /api/my/rights/:caseId/letters/:letterId': [R],
  'POST /api/my/rights/:caseId/withdrawal': [R],
  'GET /api/admin/rights-settings': ['admin'],
  'PUT /api/admin/rights-settings': ['admin'],
  'GET /api/admin/meldcode-designations': ['admin'],
  'PUT /api/admin/meldcode-designations/:organisationId/:userId': ['admin'],
  'DELETE /api/admin/meldcode-designations/:organisationId/:userId': ['admin'],
  'GET /api/tasks': PROFESSIONALS,
  'GET /api/tasks/count': PROFESSIONALS,
  'POST /api/tasks/:id/done': PROFESSIONALS,
  'POST /api/tasks/:id/dismiss': PROFESSIONALS,
  'GET /api/crisis/episodes': [CS],
  'POST /api/crisis/episodes': [CS, C],
  'GET /api/crisis/episodes/:id': [CS, C, TL, 'provider'],
  'POST /api/crisis/episodes/:id/on-site': [CS],
  'POST /api/crisis/episodes/:id/decision': [CS],
  'POST /api/crisis/episodes/:id/exit-plan': [CS],
  'POST /api/crisis/episodes/:id/handover': [CS],
  'POST /api/crisis/episodes/:id/handover/confirm': [CS, C, 'provider'],
  'GET /api/crisis/episodes/:id/placement-draft': [C],
  'POST /api/crisis/episodes/:id/placement': [C],
  'POST /api/households/lookup': [CS, GI],
  'GET /api/crisis/handover-providers': [CS],
  'GET /api/households/:householdId/crisis-episodes': [C, TL],
  'GET /api/crisis/settings': ['admin', CS],
  'PUT /api/crisis/settings': ['admin'],
  'GET /api/protection/measures': [GI],
  'POST /api/protection/measures': [GI],
  'GET /api/protection/measures/:id': [GI, C, TL],
  'POST /api/protection/measures/:id/extension': [GI],
  'POST /api/protection/measures/:id/placement': [GI],
  'POST /api/protection/measures/:id/end': [GI],
  'GET /api/households/:householdId/protection-measures': [C, TL, GI],
  'GET /api/notifications': 'authenticated',
  'POST /api/notifications/read': 'authenticated',
  'GET /api/me/notification-settings': 'authenticated',
  'PUT /api/me/notification-settings': 'authenticated',
  'PUT /api/admin/assignment-settings': ['admin'],
  'GET /api/households/:householdId/assignments': [C, TL],
  'POST /api/households/:householdId/assignments': [C],
  'POST /api/assignments/:id/approval': [TL],
  'GET /api/assignments/:id/decision-letter.pdf': [C, TL],
  'GET /api/provider/assignments': ['provider'],
  'POST /api/provider/assignments/:id/start': ['provider'],
  'POST /api/provider/assignments/:id/stop': ['provider'],
  'GET /api/provider/assignments/:id/declarations': ['provider'],
  'POST /api/provider/assignments/:id/declarations': ['provider'],
  'POST /api/ijw/messages': ['provider'],
  'GET /api/admin/ijw-messages': ['admin'],
  'GET /api/admin/ijw-messages/:id': ['admin'],
  'GET /api/provider/assignment-requests': ['provider'],
  'POST /api/provider/assignment-requests': ['provider'],
  'POST /api/provider/assignment-change-requests': ['provider'],
  'GET /api/assignment-requests': [C, TL],
  'GET /api/assignment-requests/:id': [C, TL],
  'POST /api/assignment-requests/:id/decision': [C, TL],
  'GET /api/placements/search': [C],
  'GET /api/placements/events': [C],
  'POST /api/placements/:id/reservations': [C],
  'GET /api/placements/reservations': [C, 'provider'],
  'POST /api/placements/reservations/:id/cancel': [C],
  'GET /api/placements/regional': [TL, 'policy_analyst'],
  'GET /api/provider/places': ['provider'],
  'POST /api/provider/places': ['provider'],
  'PATCH /api/provider/places/:id': ['provider'],
  'POST /api/provider/places/:id/confirm': ['provider'],
  'POST /api/provider/reservations/:id/answer': ['provider'],
  'GET /api/admin/placement-settings': ['admin'],
  'PUT /api/admin/placement-settings': ['admin'],
  'GET /api/portal/future-plans': [R],
  'GET /api/households/:householdId/future-plans': [C, TL, R],
  'GET /api/households/:householdId/future-plans/:planId/helper-options': [C, TL, R],
  'PUT /api/households/:householdId/future-plans/:planId/helper': [C, R],
  'PUT /api/households/:householdId/future-plans/:planId/topics/:topicKey': [C, R],
  'PUT /api/households/:householdId/future-plans/:planId/continuity': [C],
  'GET /api/admin/future-plan-settings': ['admin'],
  'PUT /api/admin/future-plan-settings': ['admin'],
  'POST /api/admin/future-plan-topics': ['admin'],
  'PUT /api/admin/future-plan-topics/:topicKey': ['admin'],
  'POST /api/admin/future-plan-topics/:topicKey/deactivate': ['admin'],
  'POST /api/admin/future-plan-topics/:topicKey/reactivate': ['admin'],
  'PUT /api/admin/future-plan-topic-order': ['admin'],
  'GET /api/outcomes/dashboard': ['policy_analyst', 'admin'],
  'POST /api/outcomes/refresh': ['policy_analyst', 'admin'],
  'GET /api/budgets': [TL, 'policy_analyst', 'admin'],
  'GET /api/budgets/export': [TL, 'policy_analyst', 'admin'],
  'POST /api/budgets/lines': ['admin'],
  'PUT /api/budgets/lines/:id': ['admin'],
  'DELETE /api/budgets/lines/:id': ['admin'],
  'GET /api/budgets/iv3-mapping': [TL, 'policy_analyst', 'admin'],
  'PUT /api/budgets/iv3-mapping': ['admin'],
  'POST /api/budgets/cbs/check': ['admin'],
  'GET /api/budgets/cbs/deliveries': ['admin'],
  'POST /api/budgets/cbs/deliveries': ['admin'],
  'GET /api/portal/satisfaction': [R],
  'POST /api/portal/satisfaction': [R],
  'GET /api/households/:householdId/safety/tracks': [C, TL, 'source', 'provider', 'safety', R],
  'POST /api/households/:householdId/safety/tracks': [C, 'source', 'provider'],
  'GET /api/safety/tracks/:trackId': [C, TL, 'source', 'provider', 'safety', R],
  'POST /api/safety/tracks/:trackId/entries': [C, 'source', 'provider'],
  'POST /api/safety/tracks/:trackId/visibility': [C, 'source', 'provider'],
  'POST /api/safety/tracks/:trackId/close': [C, 'source', 'provider'],
  'POST /api/safety/tracks/:trackId/reports': [C, 'source', 'provider'],
  'POST /api/safety/tracks/:trackId/raad-requests': [C, 'safety'],
  'POST /api/safety/raad-requests/:requestId/answer': [C, 'safety'],
  'GET /api/households/:householdId/safety/conditions': [C, TL, 'source', 'provider', 'safety'],
  'GET /api/safety/organisation-tracks': [C, TL, 'source', 'provider'],
  'GET /api/safety/designations/mine': [C, TL, 'source', 'provider'],
  'GET /api/safety/reports': ['safety'],
  'POST /api/safety/reports/:reportId/triage': ['safety'],
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
