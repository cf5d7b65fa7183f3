/**
 * The name scrub applied to a plan's content as one document (a version snapshot, the safety
 * section): only the free-text fields — ids and codes are never touched, a name inside them is no
 * text anyone reads. A label naming the erased person as owner or checker is scrubbed too.
 */
import type { PlanSnapshot, SafetySection } from '@een-plan/contracts';
import type { ErasedSubject, NameScrub } from '../households/name-scrub.ts';

/** A scrub that adds up how many words it replaced over all the texts it was given. */
export function countingScrub(scrub: NameScrub) {
  let count = 0;
  const text = (t: string) => {
    const r = scrub(t);
    count += r.count;
    return r.text;
  };
  return { text, count: () => count };
}

type Counting = ReturnType<typeof countingScrub>;

const ofSubject = <T extends { kind: string; ref: string; label: string }>(
  owner: T,
  personId: string,
  s: Counting,
): T =>
  owner.kind === 'household_member' && owner.ref === personId
    ? { ...owner, label: s.text(owner.label) }
    : owner;

export function scrubSafetyWith(section: SafetySection, personId: string, s: Counting): SafetySection {
  return {
    worries: section.worries.map((w) => ({ ...w, text: s.text(w.text) })),
    strengths: section.strengths.map((x) => ({ ...x, text: s.text(x.text) })),
    goals: section.goals.map((g) => ({ ...g, text: s.text(g.text) })),
    networkRoles: section.networkRoles.map((r) => ({ ...r, task: s.text(r.task) })),
    checks: section.checks.map((c) => ({
      ...c,
      description: s.text(c.description),
      checker: ofSubject(c.checker, personId, s),
    })),
  };
}

export function scrubSnapshot(snapshot: PlanSnapshot, subject: ErasedSubject) {
  const s = countingScrub(subject.scrub);
  const scrubbed: PlanSnapshot = {
    ...snapshot,
    vision: s.text(snapshot.vision),
    goals: snapshot.goals.map((g) => ({
      ...g,
      description: s.text(g.description),
      achievedWhen: s.text(g.achievedWhen),
      actions: g.actions.map((a) => ({
        ...a,
        description: s.text(a.description),
        owner: ofSubject(a.owner, subject.personId, s),
      })),
    })),
    ...(snapshot.safety ? { safety: scrubSafetyWith(snapshot.safety, subject.personId, s) } : {}),
  };
  return { snapshot: scrubbed, count: s.count() };
}
