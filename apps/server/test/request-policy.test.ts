import { Role } from '@een-plan/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../src/policy/actor.ts';
import { decideRequest } from '../src/policy/decide-request.ts';

/** The roles of the referral chain (the crisis service and the GI have routes of their own). */
const ROLES = Role.options.filter((r) => r !== 'crisis_service' && r !== 'certified_institution');

const actorArb = fc.record({
  userId: fc.constantFrom('u1', 'u2', 'u3'),
  sessionId: fc.constant('s'),
  tenantId: fc.constantFrom('0394', '0363'),
  role: fc.constantFrom(...ROLES),
  displayName: fc.constant('x'),
  organisationId: fc.constantFrom(null, 'org-a'),
  teamId: fc.constantFrom(null, 'team-a', 'team-b'),
  personId: fc.constantFrom(null, 'p1', 'p2'),
}) as fc.Arbitrary<Actor>;

const factsArb = fc.record({
  tenantId: fc.constantFrom('0394', '0363'),
  coordinatorId: fc.constantFrom(null, 'u1', 'u2'),
  teamId: fc.constantFrom(null, 'team-a', 'team-b'),
  memberPersonIds: fc.uniqueArray(fc.constantFrom('p1', 'p2', 'p3'), { maxLength: 3 }),
});

describe('decideRequest (property)', () => {
  it('allows only the household’s coordinator, its team’s coordinators and its team lead, in the tenant', () => {
    fc.assert(
      fc.property(
        actorArb,
        factsArb,
        fc.constantFrom('request.read', 'request.decide'),
        (actor, facts, action) => {
          const decision = decideRequest(actor, action as 'request.read', facts);
          const sameTeam = actor.teamId !== null && actor.teamId === facts.teamId;
          const expected =
            actor.tenantId === facts.tenantId &&
            ((actor.role === 'coordinator' && (facts.coordinatorId === actor.userId || sameTeam)) ||
              (actor.role === 'team_lead' && sameTeam));
          expect(decision.allowed).toBe(expected);
        },
      ),
    );
  });

  it('never lets a provider or a resident decide, whatever the household', () => {
    fc.assert(
      fc.property(actorArb, factsArb, (actor, facts) => {
        if (actor.role !== 'provider' && actor.role !== 'resident') return;
        expect(decideRequest(actor, 'request.decide', facts).allowed).toBe(false);
      }),
    );
  });
});
