/**
 * What of the safety section a reader sees, by the rules the plan already follows: a youth (a
 * household member who is not a parent, readsOwnPartOfPlan) reads their part only, and the youth
 * privacy rules hide a 16+ youth's own scores and checks from a parent without the youth's consent.
 */
import type { SafetyScore, SafetySection } from '@een-plan/contracts';
import { membersHiddenFromResident } from '../consent/youth-privacy.ts';
import type { Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { readsOwnPartOfPlan } from '../policy/decide-plan.ts';
import type { SafetyPlanBasis } from '../policy/decide-safety-plan.ts';
import { type HouseholdFacts, householdFacts } from './access.ts';

interface Records {
  checksDone: Array<{ checkId: string }>;
  scores: SafetyScore[];
}

/**
 * A youth's part: what must happen (goals and conditions apply to everyone at home), who in the
 * network helps, and the checks they do themself. Worries and strengths are the adults' statements
 * about the family and may name others, so they stay out.
 */
function safetyPartFor(section: SafetySection, personId: string): SafetySection {
  return {
    worries: [],
    strengths: [],
    goals: section.goals,
    networkRoles: section.networkRoles,
    checks: section.checks.filter((c) => c.checker.kind === 'household_member' && c.checker.ref === personId),
  };
}

/** Whether this reader sees only their part of the safety section. */
function readsPartOfSafety(actor: Actor, h: HouseholdFacts, basis: SafetyPlanBasis): boolean {
  if (basis !== 'own_household' || !actor.personId) return false;
  return readsOwnPartOfPlan(basis, h.members.find((m) => m.personId === actor.personId)?.role);
}

export async function visibleSafety<R extends Records>(
  db: Executor,
  actor: Actor,
  h: HouseholdFacts,
  basis: SafetyPlanBasis,
  section: SafetySection,
  records: R,
): Promise<{ section: SafetySection; records: R; partial: boolean }> {
  if (readsPartOfSafety(actor, h, basis) && actor.personId) {
    const me = actor.personId;
    const part = safetyPartFor(section, me);
    const mine = new Set(part.checks.map((c) => c.id));
    return {
      section: part,
      records: {
        ...records,
        checksDone: records.checksDone.filter((d) => mine.has(d.checkId)),
        scores: records.scores.filter(
          (s) => s.participant.kind === 'household_member' && s.participant.ref === me,
        ),
      },
      partial: true,
    };
  }
  const hidden = await membersHiddenFromResident(db, actor, householdFacts(h), 'safety');
  if (hidden.size === 0) return { section, records, partial: false };
  const isHidden = (p: { kind: string; ref: string }) => p.kind === 'household_member' && hidden.has(p.ref);
  const checks = section.checks.filter((c) => !isHidden(c.checker));
  const kept = new Set(checks.map((c) => c.id));
  return {
    section: { ...section, checks },
    records: {
      ...records,
      checksDone: records.checksDone.filter((d) => kept.has(d.checkId)),
      scores: records.scores.filter((s) => !isHidden(s.participant)),
    },
    partial: false,
  };
}
