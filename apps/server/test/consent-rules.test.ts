import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../src/policy/actor.ts';
import {
  ageOn,
  CONSENT_SECTIONS,
  type ConsentFact,
  consentGiversFor,
  consentIsComplete,
  consentOpens,
  decideSection,
  mayGiveConsent,
  residentMaySeeMember,
  type SectionAccessFacts,
} from '../src/policy/decide-consent.ts';

const TODAY = '2026-11-22';
const NOW = new Date('2026-11-22T12:00:00Z');

/** A birth date that makes the subject exactly `age` on TODAY (born in the first half of the year). */
function bornAged(age: number, month = 3, day = 15): string {
  return `${2026 - age}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ageArb = fc.integer({ min: 0, max: 30 });
const guardiansArb = fc.uniqueArray(fc.constantFrom('g1', 'g2', 'g3'), { minLength: 1, maxLength: 3 });

describe('consent age rules (property)', () => {
  it('ageOn counts whole years and increments exactly on the birthday', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-01'), max: new Date('2026-01-01'), noInvalidDate: true }),
        (birth) => {
          const b = birth.toISOString().slice(0, 10);
          const [y, m, d] = b.split('-');
          if (m === '02' && d === '29') return;
          const nextBirthday = `${Number(y) + 10}-${m}-${d}`;
          const dayBefore = new Date(`${nextBirthday}T00:00:00Z`);
          dayBefore.setUTCDate(dayBefore.getUTCDate() - 1);
          expect(ageOn(b, nextBirthday)).toBe(10);
          expect(ageOn(b, dayBefore.toISOString().slice(0, 10))).toBe(9);
        },
      ),
    );
  });

  it('under 12 a gezagsdrager consents; the child alone never suffices', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 11 }), guardiansArb, fc.boolean(), (age, guardians, childToo) => {
        const subject = {
          subjectPersonId: 'kid',
          subjectBirthDate: bornAged(age),
          guardianPersonIds: guardians,
        };
        expect(consentGiversFor(age)).toBe('guardians');
        expect(consentIsComplete(subject, ['kid'], TODAY)).toBe(false);
        expect(consentIsComplete(subject, [guardians[0]!, ...(childToo ? ['kid'] : [])], TODAY)).toBe(true);
        expect(mayGiveConsent(subject, 'kid', TODAY)).toBe(false);
      }),
    );
  });

  it('12–15 needs the child AND a gezagsdrager', () => {
    fc.assert(
      fc.property(fc.integer({ min: 12, max: 15 }), guardiansArb, (age, guardians) => {
        const subject = {
          subjectPersonId: 'kid',
          subjectBirthDate: bornAged(age),
          guardianPersonIds: guardians,
        };
        expect(consentGiversFor(age)).toBe('child_and_guardians');
        expect(consentIsComplete(subject, ['kid'], TODAY)).toBe(false);
        expect(consentIsComplete(subject, guardians, TODAY)).toBe(false);
        expect(consentIsComplete(subject, ['kid', guardians[guardians.length - 1]!], TODAY)).toBe(true);
        expect(mayGiveConsent(subject, 'kid', TODAY)).toBe(true);
        expect(mayGiveConsent(subject, guardians[0]!, TODAY)).toBe(true);
        expect(mayGiveConsent(subject, 'stranger', TODAY)).toBe(false);
      }),
    );
  });

  it('from 16 only the youth: any set of givers is complete iff it contains the youth', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 16, max: 30 }),
        guardiansArb,
        fc.uniqueArray(fc.constantFrom('g1', 'g2', 'g3', 'kid', 'other')),
        (age, guardians, givers) => {
          const subject = {
            subjectPersonId: 'kid',
            subjectBirthDate: bornAged(age),
            guardianPersonIds: guardians,
          };
          expect(consentGiversFor(age)).toBe('self');
          expect(consentIsComplete(subject, givers, TODAY)).toBe(givers.includes('kid'));
          expect(mayGiveConsent(subject, guardians[0]!, TODAY)).toBe(false);
        },
      ),
    );
  });

  it('completeness is monotone: adding givers never withdraws a complete consent', () => {
    let completeCases = 0;
    fc.assert(
      fc.property(
        ageArb,
        guardiansArb,
        fc.uniqueArray(fc.constantFrom('g1', 'g2', 'g3', 'kid')),
        fc.constantFrom('g1', 'g2', 'g3', 'kid'),
        (age, guardians, givers, extra) => {
          const subject = {
            subjectPersonId: 'kid',
            subjectBirthDate: bornAged(age),
            guardianPersonIds: guardians,
          };
          const before = consentIsComplete(subject, givers, TODAY);
          if (before) completeCases += 1;
          const after = consentIsComplete(subject, [...givers, extra], TODAY);
          // complete before ⇒ complete after, for every generated case.
          expect({ before, after }).not.toEqual({ before: true, after: false });
        },
      ),
    );
    // The implication was exercised on complete consents, not only vacuously on incomplete ones.
    expect(completeCases).toBeGreaterThan(0);
  });

  it('a parent no longer sees a 16+ youth’s own section unless the youth consented to that parent', () => {
    const mother: Actor = { ...actor('resident', 'u-anouk', null), personId: 'p-anouk' };
    fc.assert(
      fc.property(ageArb, fc.constantFrom(...CONSENT_SECTIONS), fc.boolean(), (age, section, consented) => {
        const member = { personId: 'kid', birthDate: bornAged(age) };
        const consents = consented
          ? [
              fact({
                subjectPersonId: 'kid',
                granteeKind: 'user',
                granteeRef: 'u-anouk',
                sections: [section],
              }),
            ]
          : [];
        expect(residentMaySeeMember(mother, member, section, consents, NOW)).toBe(age < 16 || consented);
      }),
    );
  });
});

function actor(role: Actor['role'], userId: string, organisationId: string | null): Actor {
  return {
    userId,
    sessionId: 's',
    tenantId: 't1',
    role,
    displayName: userId,
    organisationId,
    teamId: role === 'coordinator' || role === 'team_lead' ? 'team-a' : null,
    personId: null,
  };
}

function fact(over: Partial<ConsentFact>): ConsentFact {
  return {
    id: 'c1',
    subjectPersonId: 'p-tom',
    granteeKind: 'organisation',
    granteeRef: 'org-jeugdhulp',
    sections: ['plan'],
    validFrom: '2026-01-01',
    validUntil: '2027-01-01',
    revokedAt: null,
    complete: true,
    ...over,
  };
}

const household = (
  consents: ConsentFact[],
  breakGlass: SectionAccessFacts['breakGlass'] = [],
): SectionAccessFacts => ({
  tenantId: 't1',
  coordinatorId: 'u-sanne',
  teamId: 'team-a',
  memberPersonIds: ['p-anouk', 'p-tom'],
  consents,
  breakGlass,
});

describe('decideSection', () => {
  const provider = actor('provider', 'u-fatima', 'org-jeugdhulp');

  it('a provider sees exactly the consented sections, until revoked or expired', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CONSENT_SECTIONS),
        fc.subarray([...CONSENT_SECTIONS], { minLength: 1 }),
        fc.constantFrom('active', 'revoked', 'expired', 'future', 'incomplete', 'other_org'),
        (asked, granted, state) => {
          const c = fact({
            sections: granted,
            ...(state === 'revoked' ? { revokedAt: new Date('2026-11-22T11:00:00Z') } : {}),
            ...(state === 'expired' ? { validUntil: '2026-11-21' } : {}),
            ...(state === 'future' ? { validFrom: '2026-11-23' } : {}),
            ...(state === 'incomplete' ? { complete: false } : {}),
            ...(state === 'other_org' ? { granteeRef: 'org-vlinder' } : {}),
          });
          const d = decideSection(provider, asked, household([c]), NOW);
          const expected = state === 'active' && granted.includes(asked);
          expect(d.allowed).toBe(expected);
          if (d.allowed) expect(d).toMatchObject({ basis: 'consent', consentIds: ['c1'] });
          else expect(d).toMatchObject({ reason: 'no_consent' });
        },
      ),
    );
  });

  it('a consent about someone outside the household opens nothing', () => {
    expect(
      decideSection(provider, 'plan', household([fact({ subjectPersonId: 'p-other' })]), NOW).allowed,
    ).toBe(false);
  });

  it('a revocation takes effect from the instant it is recorded', () => {
    const c = fact({ revokedAt: NOW });
    expect(consentOpens(provider, c, 'plan', NOW)).toBe(false);
    expect(consentOpens(provider, c, 'plan', new Date(NOW.getTime() - 1))).toBe(true);
  });

  it('break-glass opens for the safety professional until it expires; never for a provider', () => {
    const joost = actor('safety', 'u-joost', 'org-veilig-thuis');
    const glass = [{ id: 'bg1', userId: 'u-joost', expiresAt: new Date(NOW.getTime() + 1000) }];
    expect(decideSection(joost, 'safety', household([], glass), NOW)).toEqual({
      allowed: true,
      basis: 'break_glass',
      breakGlassId: 'bg1',
    });
    expect(decideSection(joost, 'safety', household([], glass), new Date(NOW.getTime() + 1000)).allowed).toBe(
      false,
    );
    const fatimaGlass = [{ id: 'bg2', userId: 'u-fatima', expiresAt: new Date(NOW.getTime() + 1000) }];
    expect(decideSection(provider, 'plan', household([], fatimaGlass), NOW).allowed).toBe(false);
  });

  it('relationship comes first and is unaffected by consents; other tenants never pass', () => {
    const sanne = actor('coordinator', 'u-sanne', 'org-sociaal-team');
    expect(decideSection(sanne, 'intake', household([]), NOW)).toEqual({
      allowed: true,
      basis: 'coordinator',
    });
    expect(decideSection({ ...provider, tenantId: 't2' }, 'plan', household([fact({})]), NOW)).toEqual({
      allowed: false,
      reason: 'other_tenant',
    });
    for (const role of ['policy_analyst', 'admin'] as const) {
      expect(
        decideSection(actor(role, 'u-x', 'org-jeugdhulp'), 'plan', household([fact({})]), NOW).allowed,
      ).toBe(false);
    }
  });
});
