import type { IntakeView } from '@een-plan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { intakeViewQuery, saveIntake } from '../../api/households-api.ts';
import {
  type ChangedField,
  changedFields,
  draftFromIntake,
  type IntakeDraft,
  reapplyMyChanges,
  requestFromDraft,
} from './intake-draft.ts';

/** Someone else saved a newer version while I was editing. */
export interface IntakeConflict {
  version: number;
  theirs: IntakeDraft;
  changes: ChangedField[];
}

/**
 * The intake being edited and its saving: the draft, the version my edits started from (what "my
 * changes" are measured against), and after a conflict the choice to redo them on the newer version
 * or take that version as it is.
 */
export function useIntakeSave(view: IntakeView) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<IntakeDraft>(() => draftFromIntake(view.intake));
  const [base, setBase] = useState<IntakeDraft>(() => draftFromIntake(view.intake));
  const [baseVersion, setBaseVersion] = useState(view.intake.version);
  const [saved, setSaved] = useState<{ version: number; by: string | null } | null>(
    view.intake.version > 0 ? { version: view.intake.version, by: view.intake.updatedByName } : null,
  );
  const [conflict, setConflict] = useState<IntakeConflict | null>(null);
  const codes = view.domains.map((d) => d.code);

  const save = useMutation({
    mutationFn: ({ version, content }: { version: number; content: IntakeDraft }) =>
      saveIntake(view.householdId, requestFromDraft(content, version)),
    onSuccess: (intake) => {
      setBaseVersion(intake.version);
      setBase(draftFromIntake(intake));
      setDraft(draftFromIntake(intake));
      setSaved({ version: intake.version, by: intake.updatedByName });
      setConflict(null);
      void queryClient.invalidateQueries({ queryKey: ['households', 'dossier', view.householdId] });
      void queryClient.invalidateQueries({ queryKey: ['households', 'caseload'] });
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.problem?.code === 'version_conflict') {
        const fresh = await queryClient.fetchQuery({ ...intakeViewQuery(view.householdId), staleTime: 0 });
        const theirs = draftFromIntake(fresh.intake);
        // What the other person changed since the version I started from.
        setConflict({ version: fresh.intake.version, theirs, changes: changedFields(base, theirs, codes) });
      }
    },
  });

  return {
    draft,
    setDraft,
    saved,
    conflict,
    save,
    submit: () => save.mutate({ version: baseVersion, content: draft }),
    redoOnTheirs: (c: IntakeConflict) =>
      save.mutate({ version: c.version, content: reapplyMyChanges(base, draft, c.theirs, codes) }),
    takeTheirs: (c: IntakeConflict) => {
      setDraft(c.theirs);
      setBase(c.theirs);
      setBaseVersion(c.version);
      setConflict(null);
      save.reset();
    },
  };
}
