import type { IntakeView, Problem } from '@een-plan/contracts';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { RadioGroup, TextField } from '../households/form-fields.tsx';
import { IntakeConflictAlert } from './IntakeConflictAlert.tsx';
import { IntakeDomainsSection } from './IntakeDomainsSection.tsx';
import { IntakeSafetySection } from './IntakeSafetySection.tsx';
import { IntakeScoresSection } from './IntakeScoresSection.tsx';
import { type DomainCode, type DomainNotes, type IntakeDraft, scoreKey } from './intake-draft.ts';
import { useIntakeSave } from './use-intake-save.ts';

function fieldErrors(error: unknown): Problem['errors'] {
  return error instanceof ApiError && error.problem?.code === 'validation_failed'
    ? (error.problem.errors ?? [])
    : [];
}

/** The kitchen-table conversation as one form, saved as a new version of the intake. */
export function IntakeForm({ view }: { view: IntakeView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const {
    draft,
    setDraft,
    saved,
    conflict,
    save,
    submit: saveDraft,
    redoOnTheirs,
    takeTheirs,
  } = useIntakeSave(view);

  function submit(event: FormEvent) {
    event.preventDefault();
    saveDraft();
  }

  const errors = fieldErrors(save.error);
  const errorAt = (path: string) => errors?.find((e) => e.path === path)?.message[language];
  const setNotes = (code: DomainCode, key: keyof DomainNotes, value: string) =>
    setDraft((d) => ({
      ...d,
      domains: {
        ...d.domains,
        [code]: { goesWell: '', worries: '', wishes: '', ...d.domains[code], [key]: value },
      },
    }));
  const setScore = (personId: string, code: DomainCode, value: string) =>
    setDraft((d) => {
      const scores = { ...d.scores };
      if (value === '') delete scores[scoreKey(personId, code)];
      else scores[scoreKey(personId, code)] = Number(value);
      return { ...d, scores };
    });

  return (
    <form onSubmit={submit} noValidate>
      <fieldset className="intake-form__fields" disabled={!view.canEdit}>
        <section className="dossier-section" aria-labelledby="intake-conversation">
          <Heading level={2} id="intake-conversation">
            {t('intake.conversationTitle')}
          </Heading>
          <TextField
            type="date"
            label={t('intake.conductedOn')}
            value={draft.conductedOn}
            error={errorAt('body.conductedOn')}
            onChange={(e) => setDraft({ ...draft, conductedOn: e.target.value })}
          />
          <RadioGroup<IntakeDraft['status']>
            legend={t('intake.status')}
            name="intake-status"
            value={draft.status}
            onChange={(status) => setDraft({ ...draft, status })}
            options={[
              { value: 'draft', label: t('intake.statusDraft') },
              { value: 'completed', label: t('intake.statusCompleted') },
            ]}
          />
        </section>

        <IntakeDomainsSection view={view} draft={draft} setNotes={setNotes} />

        <IntakeScoresSection view={view} draft={draft} setScore={setScore} />

        <IntakeSafetySection draft={draft} setDraft={setDraft} errorAt={errorAt} />
      </fieldset>
      <div aria-live="polite">
        {conflict && (
          <IntakeConflictAlert
            view={view}
            conflict={conflict}
            onRedo={() => redoOnTheirs(conflict)}
            onDiscard={() => takeTheirs(conflict)}
          />
        )}
        {save.isError &&
          !conflict &&
          !(save.error instanceof ApiError && save.error.code === 'version_conflict') && (
            <>
              <ErrorState error={save.error} />
              {errors && errors.length > 0 && (
                <UnorderedList>
                  {errors.map((e) => (
                    <UnorderedListItem key={e.path}>{e.message[language]}</UnorderedListItem>
                  ))}
                </UnorderedList>
              )}
            </>
          )}
        {save.isSuccess && <Alert type="ok">{t('intake.saved', { version: save.data.version })}</Alert>}
      </div>
      <Paragraph small>
        {saved
          ? t('intake.lastSaved', { version: saved.version, name: saved.by ?? '–' })
          : t('intake.notSavedYet')}
      </Paragraph>
      {view.canEdit && (
        <div className="form-actions">
          <Button type="submit" appearance="primary-action" busy={save.isPending}>
            {save.isPending ? t('intake.saving') : t('intake.save')}
          </Button>
        </div>
      )}
    </form>
  );
}
