import type { Intake, IntakeView, SafetyScreening, SaveIntakeRequest } from '@een-plan/contracts';

export type DomainCode = IntakeView['domains'][number]['code'];
export interface DomainNotes {
  goesWell: string;
  worries: string;
  wishes: string;
}

/** What the coordinator edits; turned into a SaveIntakeRequest on save. */
export interface IntakeDraft {
  status: Intake['status'];
  conductedOn: string;
  domains: Partial<Record<DomainCode, DomainNotes>>;
  safety: SafetyScreening;
  /** key `${personId}|${domainCode}` → score 1–5 */
  scores: Record<string, number>;
}

export const scoreKey = (personId: string, domainCode: string) => `${personId}|${domainCode}`;

export function draftFromIntake(intake: Intake): IntakeDraft {
  const domains: IntakeDraft['domains'] = {};
  for (const d of intake.domains)
    domains[d.domainCode] = { goesWell: d.goesWell, worries: d.worries, wishes: d.wishes };
  const scores: Record<string, number> = {};
  for (const s of intake.scores) scores[scoreKey(s.personId, s.domainCode)] = s.score;
  return {
    status: intake.status,
    conductedOn: intake.conductedOn ?? '',
    domains,
    safety: { ...intake.safety },
    scores,
  };
}

export function requestFromDraft(draft: IntakeDraft, version: number): SaveIntakeRequest {
  return {
    version,
    status: draft.status,
    conductedOn: draft.conductedOn || null,
    domains: Object.entries(draft.domains)
      .filter(([, n]) => n && (n.goesWell.trim() || n.worries.trim() || n.wishes.trim()))
      .map(([domainCode, n]) => ({ domainCode: domainCode as DomainCode, ...(n as DomainNotes) })),
    safety: draft.safety,
    scores: Object.entries(draft.scores).map(([key, score]) => {
      const [personId, domainCode] = key.split('|') as [string, DomainCode];
      return { personId, domainCode, score };
    }),
  };
}

export type ChangedField =
  | { kind: 'conductedOn' | 'status' | 'safety' | 'scores' }
  | { kind: 'domain'; code: DomainCode };

function sameNotes(a: DomainNotes | undefined, b: DomainNotes | undefined): boolean {
  const norm = (n: DomainNotes | undefined) =>
    [n?.goesWell ?? '', n?.worries ?? '', n?.wishes ?? ''].map((s) => s.trim());
  return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
}

/** Where my draft and the version someone else saved differ, so I can see what changed. */
export function changedFields(
  mine: IntakeDraft,
  theirs: IntakeDraft,
  codes: readonly DomainCode[],
): ChangedField[] {
  const changes: ChangedField[] = [];
  if (mine.conductedOn !== theirs.conductedOn) changes.push({ kind: 'conductedOn' });
  if (mine.status !== theirs.status) changes.push({ kind: 'status' });
  if (JSON.stringify(mine.safety) !== JSON.stringify(theirs.safety)) changes.push({ kind: 'safety' });
  const sortEntries = (r: Record<string, number>) => JSON.stringify(Object.entries(r).sort());
  if (sortEntries(mine.scores) !== sortEntries(theirs.scores)) changes.push({ kind: 'scores' });
  for (const code of codes) {
    if (!sameNotes(mine.domains[code], theirs.domains[code])) changes.push({ kind: 'domain', code });
  }
  return changes;
}

/**
 * Redo after a conflict: my own changes (base → mine) applied on top of the version someone
 * else saved, so their changes elsewhere are kept. Scores merge per member and domain.
 */
export function reapplyMyChanges(
  base: IntakeDraft,
  mine: IntakeDraft,
  theirs: IntakeDraft,
  codes: readonly DomainCode[],
): IntakeDraft {
  const result: IntakeDraft = {
    ...theirs,
    domains: { ...theirs.domains },
    safety: { ...theirs.safety },
    scores: { ...theirs.scores },
  };
  for (const change of changedFields(base, mine, codes)) {
    if (change.kind === 'conductedOn') result.conductedOn = mine.conductedOn;
    if (change.kind === 'status') result.status = mine.status;
    if (change.kind === 'safety') {
      for (const q of Object.keys(mine.safety) as Array<keyof IntakeDraft['safety']>) {
        if (mine.safety[q] !== base.safety[q]) result.safety[q] = mine.safety[q];
      }
    }
    if (change.kind === 'domain') result.domains[change.code] = mine.domains[change.code];
    if (change.kind === 'scores') {
      for (const key of new Set([...Object.keys(base.scores), ...Object.keys(mine.scores)])) {
        if (mine.scores[key] === base.scores[key]) continue;
        if (mine.scores[key] === undefined) delete result.scores[key];
        else result.scores[key] = mine.scores[key];
      }
    }
  }
  return result;
}
