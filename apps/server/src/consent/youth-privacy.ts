import type { ConsentSection } from '@een-plan/contracts';
import type { Executor } from '../db/database.ts';
import type { Actor } from '../policy/actor.ts';
import { residentMaySeeMember, youthPrivacyApplies } from '../policy/decide-consent.ts';
import { loadSectionFacts } from './access.ts';

interface HouseholdFacts {
  id: string;
  coordinatorId: string | null;
  teamId: string | null;
  memberPersonIds: string[];
}

/**
 * The household members whose own `section` a resident may not see: from 16 a youth decides
 * alone, so a parent sees the youth's own data only after the youth consented to that parent.
 * Empty for professionals (their access is decided elsewhere) and for a resident's own data.
 */
export async function membersHiddenFromResident(
  db: Executor,
  actor: Actor,
  h: HouseholdFacts,
  section: ConsentSection,
  now = new Date(),
): Promise<Set<string>> {
  if (!youthPrivacyApplies(actor)) return new Set();
  const { members, facts } = await loadSectionFacts(db, actor, h, now);
  return new Set(
    members
      .filter(
        (m) =>
          !residentMaySeeMember(
            actor,
            { personId: m.personId, birthDate: m.birthDate },
            section,
            facts.consents,
            now,
          ),
      )
      .map((m) => m.personId),
  );
}

/** Goals that concern only members hidden from the reader are left out of what the reader gets. */
export function withoutHiddenGoals<T extends { goals: Array<{ concernsPersonIds: string[] }> }>(
  content: T,
  hidden: ReadonlySet<string>,
): T {
  if (hidden.size === 0) return content;
  return {
    ...content,
    goals: content.goals.filter(
      (g) => g.concernsPersonIds.length === 0 || !g.concernsPersonIds.every((id) => hidden.has(id)),
    ),
  };
}
