import type { Intake } from '@een-plan/contracts';
import { describe, expect, it } from 'vitest';
import { changedFields, draftFromIntake, reapplyMyChanges, requestFromDraft } from './intake-draft.ts';

const saved: Intake = {
  version: 3,
  status: 'draft',
  conductedOn: '2026-10-06',
  domains: [{ domainCode: 'finances', goesWell: 'Overzicht', worries: 'Schulden', wishes: '' }],
  safety: { unsafeAtHome: false, violence: false, childConcern: null },
  safetyFlag: false,
  scores: [{ personId: 'p-tom', domainCode: 'work_education', score: 2 }],
  updatedAt: null,
  updatedByName: null,
};

describe('intake draft', () => {
  it('round-trips an intake into a save request without empty domains', () => {
    const draft = draftFromIntake(saved);
    draft.domains.housing = { goesWell: ' ', worries: '', wishes: '' };
    expect(requestFromDraft(draft, 3)).toEqual({
      version: 3,
      status: 'draft',
      conductedOn: '2026-10-06',
      domains: [{ domainCode: 'finances', goesWell: 'Overzicht', worries: 'Schulden', wishes: '' }],
      safety: saved.safety,
      scores: [{ personId: 'p-tom', domainCode: 'work_education', score: 2 }],
    });
  });

  it('names exactly what differs between my draft and the version someone else saved', () => {
    const mine = draftFromIntake(saved);
    mine.domains.finances = { goesWell: 'Overzicht', worries: 'Schulden en huur', wishes: '' };
    mine.scores['p-anouk|finances'] = 3;
    const theirs = draftFromIntake({ ...saved, version: 4, status: 'completed' });
    expect(changedFields(mine, theirs, ['finances', 'housing'])).toEqual([
      { kind: 'status' },
      { kind: 'scores' },
      { kind: 'domain', code: 'finances' },
    ]);
    expect(changedFields(theirs, theirs, ['finances'])).toEqual([]);
  });

  it("redoes only my own changes on top of someone else's version", () => {
    const base = draftFromIntake(saved);
    const mine = draftFromIntake(saved);
    mine.domains.finances = { goesWell: 'Overzicht', worries: 'Schulden en huur', wishes: '' };
    mine.scores['p-anouk|finances'] = 3;
    mine.safety.childConcern = false;
    const theirs = draftFromIntake(saved);
    theirs.domains.housing = { goesWell: '', worries: 'Vocht', wishes: '' };
    theirs.scores['p-tom|work_education'] = 3;
    theirs.safety.violence = true;
    const merged = reapplyMyChanges(base, mine, theirs, ['finances', 'housing']);
    expect(merged.domains.finances?.worries).toBe('Schulden en huur');
    expect(merged.domains.housing?.worries).toBe('Vocht');
    expect(merged.scores).toEqual({ 'p-tom|work_education': 3, 'p-anouk|finances': 3 });
    expect(merged.safety).toEqual({ unsafeAtHome: false, violence: true, childConcern: false });
  });
});
