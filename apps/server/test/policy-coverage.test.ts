import { Role } from '@een-plan/contracts';
import fc from 'fast-check';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { errorHandler } from '../src/http/problems.ts';
import type { Actor } from '../src/policy/actor.ts';
import { decideHousehold } from '../src/policy/decide.ts';
import { decideCrisisEpisode } from '../src/policy/decide-crisis.ts';
import { decideMeasure } from '../src/policy/decide-protection.ts';
import { policyEnforcement } from '../src/policy/enforce.ts';
import { appOfFile } from './helpers/file-app.ts';

const { app } = appOfFile();

describe('every route declares a policy', () => {
  it('has no registered route without one', () => {
    expect(app().app.registeredRoutes.length).toBeGreaterThan(10);
    const missing = app()
      .app.registeredRoutes.filter((r) => !r.policy)
      .map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
  });

  it('keeps personal-data routes closed to anonymous callers', () => {
    const open = app()
      .app.registeredRoutes.filter(
        (r) => r.policy?.access === 'public' && r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'),
      )
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    // The only anonymous API surface: logging in, describing how to log in, and the public
    // "Waar kan ik terecht?" team list (no personal data).
    expect(open).toEqual(
      [
        'GET /api/auth/config',
        'GET /api/auth/csrf',
        'GET /api/auth/demo-users',
        'GET /api/auth/oidc/callback',
        'GET /api/auth/oidc/login',
        // Says who is logged in — the caller themself, or null — so a first page logs no 401.
        'GET /api/auth/session',
        'GET /api/openapi.json',
        'GET /api/public/teams',
        'GET /api/theme',
        'HEAD /api/auth/config',
        'HEAD /api/auth/csrf',
        'HEAD /api/auth/demo-users',
        'HEAD /api/auth/oidc/callback',
        'HEAD /api/auth/oidc/login',
        'HEAD /api/auth/session',
        'HEAD /api/openapi.json',
        'HEAD /api/public/teams',
        'HEAD /api/theme',
        'POST /api/auth/demo-login',
      ].sort(),
    );
  });

  it('denies, and reports, a route that was registered without a policy', async () => {
    const bare = Fastify();
    bare.setErrorHandler(errorHandler);
    await bare.register(policyEnforcement, { db: app().database.db });
    bare.get('/api/forgotten', async () => ({ secret: true }));
    await bare.ready();
    expect(bare.registeredRoutes.filter((r) => !r.policy).map((r) => r.url)).toContain('/api/forgotten');
    const res = await bare.inject({ url: '/api/forgotten' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
    await bare.close();
  });
});

const roles = Role.options;
const actorArb = fc.record({
  userId: fc.constantFrom('u1', 'u2', 'u3'),
  sessionId: fc.constant('s'),
  tenantId: fc.constantFrom('0394', '0363'),
  role: fc.constantFrom(...roles),
  displayName: fc.constant('x'),
  organisationId: fc.option(fc.constantFrom('o1', 'o2'), { nil: null }),
  teamId: fc.option(fc.constantFrom('t1', 't2'), { nil: null }),
  personId: fc.option(fc.constantFrom('p1', 'p2', 'p3'), { nil: null }),
}) satisfies fc.Arbitrary<Actor>;
const factsArb = fc.record({
  tenantId: fc.constantFrom('0394', '0363'),
  coordinatorId: fc.option(fc.constantFrom('u1', 'u2', 'u3'), { nil: null }),
  teamId: fc.option(fc.constantFrom('t1', 't2'), { nil: null }),
  memberPersonIds: fc.subarray(['p1', 'p2', 'p3']),
});

describe('household access decision (property tests)', () => {
  it('never crosses tenants', () => {
    fc.assert(
      fc.property(actorArb, factsArb, (actor, facts) => {
        const otherTenant = { ...actor, tenantId: facts.tenantId === '0394' ? '0363' : '0394' };
        expect(decideHousehold(otherTenant, 'household.read', facts).allowed).toBe(false);
      }),
    );
  });

  it('lets residents see only households they are a member of', () => {
    const residentArb = actorArb.map((actor) => ({ ...actor, role: 'resident' as const }));
    const outcomes = { allowed: 0, refused: 0 };
    fc.assert(
      fc.property(residentArb, factsArb, (actor, facts) => {
        const decision = decideHousehold(actor, 'household.read', facts);
        outcomes[decision.allowed ? 'allowed' : 'refused'] += 1;
        const member = actor.personId !== null && facts.memberPersonIds.includes(actor.personId);
        // allowed ⇒ member, checked for every generated case.
        expect({ allowed: decision.allowed, member }).not.toEqual({ allowed: true, member: false });
      }),
    );
    // Both sides of the rule were exercised, so the property did not pass on refusals alone.
    expect(outcomes.allowed).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });

  it('gives roles without a relationship (school, GP, provider, analyst, admin) no household access yet', () => {
    fc.assert(
      fc.property(
        actorArb,
        fc.constantFrom('source', 'provider', 'safety', 'policy_analyst', 'admin' as const),
        factsArb,
        (actor, role, facts) => {
          expect(decideHousehold({ ...actor, role }, 'household.read', facts).allowed).toBe(false);
        },
      ),
    );
  });

  it('allows a coordinator their own household and a team lead their team', () => {
    const base = { sessionId: 's', displayName: 'x', organisationId: null, personId: null, tenantId: '0394' };
    const facts = { tenantId: '0394', coordinatorId: 'u1', teamId: 't1', memberPersonIds: [] };
    expect(
      decideHousehold({ ...base, userId: 'u1', role: 'coordinator', teamId: 't2' }, 'household.read', facts),
    ).toEqual({ allowed: true, basis: 'coordinator' });
    expect(
      decideHousehold({ ...base, userId: 'u9', role: 'team_lead', teamId: 't1' }, 'household.read', facts),
    ).toEqual({ allowed: true, basis: 'team' });
    expect(
      decideHousehold({ ...base, userId: 'u9', role: 'team_lead', teamId: 't2' }, 'household.read', facts)
        .allowed,
    ).toBe(false);
  });
});

const orgArb = fc.option(fc.constantFrom('o1', 'o2'), { nil: null });

describe('crisis and child-protection decisions (property tests)', () => {
  it('never cross tenants and never open to roles outside the chain', () => {
    const outside = fc.constantFrom('source', 'safety', 'policy_analyst', 'admin', 'resident' as const);
    fc.assert(
      fc.property(actorArb, outside, factsArb, orgArb, orgArb, (actor, role, household, org, target) => {
        const crisis = {
          tenantId: household.tenantId,
          organisationId: org,
          handoverTarget: 'provider',
          handoverOrganisationId: target,
          household,
        };
        const measure = { tenantId: household.tenantId, organisationId: org, household };
        for (const a of ['crisis.create', 'crisis.read', 'crisis.record', 'crisis.receive'] as const) {
          expect(decideCrisisEpisode({ ...actor, role }, a, crisis).allowed).toBe(false);
          if (actor.tenantId !== household.tenantId)
            expect(decideCrisisEpisode(actor, a, crisis).allowed).toBe(false);
        }
        for (const a of ['measure.register', 'measure.read', 'measure.update'] as const) {
          expect(decideMeasure({ ...actor, role }, a, measure).allowed).toBe(false);
          if (actor.tenantId !== household.tenantId)
            expect(decideMeasure(actor, a, measure).allowed).toBe(false);
        }
      }),
    );
  });

  it('lets a GI read or change only the measures of its own organisation, and a professional only read', () => {
    fc.assert(
      fc.property(actorArb, factsArb, orgArb, (actor, household, org) => {
        const facts = { tenantId: actor.tenantId, organisationId: org, household };
        const gi = { ...actor, role: 'certified_institution' as const };
        expect(decideMeasure(gi, 'measure.update', facts).allowed).toBe(
          org !== null && org === actor.organisationId,
        );
        for (const role of ['coordinator', 'team_lead'] as const) {
          expect(decideMeasure({ ...actor, role }, 'measure.update', facts).allowed).toBe(false);
        }
      }),
    );
  });
});
