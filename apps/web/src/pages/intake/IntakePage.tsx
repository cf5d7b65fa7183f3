import type { IntakeView, NetworkMember, Problem } from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.ts';
import { decideNetworkMember, intakeViewQuery, saveIntake } from '../../api/households-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../../components/Table.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { RadioGroup, TextAreaField, TextField } from '../households/form-fields.tsx';
import { formatDate } from '../households/HouseholdsPage.tsx';
import '../households/households.css';
import {
  type ChangedField,
  changedFields,
  type DomainCode,
  draftFromIntake,
  type IntakeDraft,
  reapplyMyChanges,
  requestFromDraft,
  scoreKey,
} from './intake-draft.ts';

const SAFETY_QUESTIONS = ['unsafeAtHome', 'violence', 'childConcern'] as const;

function PreparationSection({ view }: { view: IntakeView }) {
  const { t, i18n } = useTranslation();
  const p = view.preparation;
  return (
    <section className="dossier-section" aria-labelledby="intake-preparation">
      <Heading level={2} id="intake-preparation">
        {t('intake.preparationTitle')}
      </Heading>
      {p.version === 0 ? (
        <Paragraph>{t('intake.preparationEmpty')}</Paragraph>
      ) : (
        <>
          {p.updatedAt && (
            <Paragraph small>
              {t('intake.preparationUpdated', { date: formatDate(p.updatedAt, i18n.language) })}
            </Paragraph>
          )}
          {(['goesWell', 'worries', 'wishes'] as const).map((k) => (
            <div key={k}>
              <Heading level={3}>{t(`intake.${k}`)}</Heading>
              <Paragraph className="preparation-prewrap">{p[k] || '–'}</Paragraph>
            </div>
          ))}
        </>
      )}
      <SuggestionsSection
        householdId={view.householdId}
        suggestions={view.suggestions}
        canEdit={view.canEdit}
      />
    </section>
  );
}

function SuggestionsSection({
  householdId,
  suggestions,
  canEdit,
}: {
  householdId: string;
  suggestions: NetworkMember[];
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const decide = useMutation({
    mutationFn: ({ member, decision }: { member: NetworkMember; decision: 'accept' | 'decline' }) =>
      decideNetworkMember(householdId, member.id, { version: member.version, decision }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['households'] }),
  });
  return (
    <>
      <Heading level={3}>{t('intake.suggestionsTitle')}</Heading>
      <div aria-live="polite">
        {decide.isSuccess && (
          <Alert type="ok">
            {decide.data.status === 'active'
              ? t('intake.accepted', { name: decide.data.name })
              : t('intake.declined', { name: decide.data.name })}
          </Alert>
        )}
        {decide.isError && <ErrorState error={decide.error} />}
      </div>
      {suggestions.length === 0 ? (
        <Paragraph>{t('intake.suggestionsEmpty')}</Paragraph>
      ) : (
        <UnorderedList>
          {suggestions.map((s) => (
            <UnorderedListItem key={s.id}>
              <strong>{s.name}</strong> – {t(`dossier.relations.${s.relation}`)}
              {s.phone ? ` · ${s.phone}` : ''}
              {s.helpNote && <Paragraph className="preparation-prewrap">{s.helpNote}</Paragraph>}
              {canEdit && (
                <div className="form-actions">
                  <Button
                    appearance="primary-action"
                    disabled={decide.isPending}
                    onClick={() => decide.mutate({ member: s, decision: 'accept' })}
                  >
                    {t('intake.accept', { name: s.name })}
                  </Button>
                  <Button
                    disabled={decide.isPending}
                    onClick={() => decide.mutate({ member: s, decision: 'decline' })}
                  >
                    {t('intake.decline', { name: s.name })}
                  </Button>
                </div>
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </>
  );
}

function fieldErrors(error: unknown): Problem['errors'] {
  return error instanceof ApiError && error.problem?.code === 'validation_failed'
    ? (error.problem.errors ?? [])
    : [];
}

function IntakeForm({ view }: { view: IntakeView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<IntakeDraft>(() => draftFromIntake(view.intake));
  /** The version my edits started from: what "my changes" are measured against. */
  const [base, setBase] = useState<IntakeDraft>(() => draftFromIntake(view.intake));
  const [baseVersion, setBaseVersion] = useState(view.intake.version);
  const [saved, setSaved] = useState<{ version: number; by: string | null } | null>(
    view.intake.version > 0 ? { version: view.intake.version, by: view.intake.updatedByName } : null,
  );
  const [conflict, setConflict] = useState<{
    version: number;
    theirs: IntakeDraft;
    changes: ChangedField[];
  } | null>(null);
  const codes = view.domains.map((d) => d.code);
  const domainName = (code: DomainCode) => {
    const d = view.domains.find((x) => x.code === code);
    return d ? (language === 'en' ? d.nameEn : d.nameNl) : code;
  };

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

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate({ version: baseVersion, content: draft });
  }

  const errors = fieldErrors(save.error);
  const errorAt = (path: string) => errors?.find((e) => e.path === path)?.message[language];
  const setNotes = (code: DomainCode, key: 'goesWell' | 'worries' | 'wishes', value: string) =>
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

  const changeLabel = (c: ChangedField) =>
    c.kind === 'domain'
      ? t('intake.fieldDomain', { domain: domainName(c.code) })
      : t(
          c.kind === 'conductedOn'
            ? 'intake.fieldConductedOn'
            : c.kind === 'status'
              ? 'intake.fieldStatus'
              : c.kind === 'safety'
                ? 'intake.fieldSafety'
                : 'intake.fieldScores',
        );

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

        <section className="dossier-section" aria-labelledby="intake-domains">
          <Heading level={2} id="intake-domains">
            {t('intake.domainsTitle')}
          </Heading>
          <Paragraph>{t('intake.domainsIntro')}</Paragraph>
          {view.domains.map((d) => {
            const notes = draft.domains[d.code];
            const filled = Boolean(notes && (notes.goesWell || notes.worries || notes.wishes));
            const name = domainName(d.code);
            return (
              <details key={d.code} className="intake-domain" open={filled || undefined}>
                <summary>
                  {name}
                  {filled ? ` (${t('intake.filled')})` : ''}
                </summary>
                <div className="intake-domain__fields">
                  <TextAreaField
                    label={t('intake.domainGoesWell', { domain: name })}
                    value={notes?.goesWell ?? ''}
                    maxLength={4000}
                    onChange={(e) => setNotes(d.code, 'goesWell', e.target.value)}
                  />
                  <TextAreaField
                    label={t('intake.domainWorries', { domain: name })}
                    value={notes?.worries ?? ''}
                    maxLength={4000}
                    onChange={(e) => setNotes(d.code, 'worries', e.target.value)}
                  />
                  <TextAreaField
                    label={t('intake.domainWishes', { domain: name })}
                    value={notes?.wishes ?? ''}
                    maxLength={4000}
                    onChange={(e) => setNotes(d.code, 'wishes', e.target.value)}
                  />
                </div>
              </details>
            );
          })}
        </section>

        <section className="dossier-section intake-scores" aria-labelledby="intake-scores">
          <Heading level={2} id="intake-scores">
            {t('intake.scoresTitle')}
          </Heading>
          <Paragraph>{t('intake.scoresIntro')}</Paragraph>
          <Table caption={t('intake.scoresTitle')} hideCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('intake.memberColumn')}</TableHeaderCell>
                {view.members.map((m) => (
                  <TableHeaderCell key={m.personId}>
                    {m.firstName} ({m.age})
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {view.domains.map((d) => (
                <TableRow key={d.code}>
                  <TableHeaderCell scope="row">{domainName(d.code)}</TableHeaderCell>
                  {view.members.map((m) => {
                    const value = draft.scores[scoreKey(m.personId, d.code)];
                    return (
                      <TableCell key={m.personId}>
                        <select
                          aria-label={t('intake.scoreLabel', {
                            member: m.firstName,
                            domain: domainName(d.code),
                          })}
                          className="utrecht-select utrecht-select--html-select"
                          value={value === undefined ? '' : String(value)}
                          onChange={(e) => setScore(m.personId, d.code, e.target.value)}
                        >
                          <option value="">{t('intake.scoreNone')}</option>
                          {[1, 2, 3, 4, 5].map((n) => (
                            <option key={n} value={n}>
                              {n}
                            </option>
                          ))}
                        </select>
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>

        <section className="dossier-section" aria-labelledby="intake-safety">
          <Heading level={2} id="intake-safety">
            {t('intake.safetyTitle')}
          </Heading>
          <Paragraph>{t('intake.safetyIntro')}</Paragraph>
          {SAFETY_QUESTIONS.map((q) => (
            <RadioGroup<'yes' | 'no'>
              key={q}
              legend={t(`intake.safety.${q}`)}
              name={`safety-${q}`}
              value={draft.safety[q] === null ? null : draft.safety[q] ? 'yes' : 'no'}
              error={errorAt(`body.safety.${q}`)}
              onChange={(v) => setDraft({ ...draft, safety: { ...draft.safety, [q]: v === 'yes' } })}
              options={[
                { value: 'yes', label: t('intake.yes') },
                { value: 'no', label: t('intake.no') },
              ]}
            />
          ))}
        </section>
      </fieldset>
      <div aria-live="polite">
        {conflict && (
          <Alert type="warning">
            <Heading level={2}>{t('intake.conflictTitle')}</Heading>
            <Paragraph>{t('intake.conflictIntro', { version: conflict.version })}</Paragraph>
            {conflict.changes.length === 0 ? (
              <Paragraph>{t('intake.conflictNone')}</Paragraph>
            ) : (
              <UnorderedList>
                {conflict.changes.map((c) => (
                  <UnorderedListItem key={c.kind === 'domain' ? c.code : c.kind}>
                    {changeLabel(c)}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            )}
            <div className="form-actions">
              <Button
                appearance="primary-action"
                onClick={() =>
                  save.mutate({
                    version: conflict.version,
                    content: reapplyMyChanges(base, draft, conflict.theirs, codes),
                  })
                }
              >
                {t('intake.conflictRedo', { version: conflict.version })}
              </Button>
              <Button
                onClick={() => {
                  setDraft(conflict.theirs);
                  setBase(conflict.theirs);
                  setBaseVersion(conflict.version);
                  setConflict(null);
                  save.reset();
                }}
              >
                {t('intake.conflictDiscard')}
              </Button>
            </div>
          </Alert>
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

export function IntakePage() {
  const { t } = useTranslation();
  const { householdId } = useParams({ from: '/werkruimte/huishoudens/$householdId/keukentafelgesprek' });
  const view = useQuery(intakeViewQuery(householdId));
  usePageTitle(view.data ? t('intake.titleWith', { household: view.data.householdName }) : t('intake.title'));
  return (
    <div aria-busy={view.isPending}>
      <Paragraph>
        <Link to="/werkruimte/huishoudens/$householdId" params={{ householdId }}>
          {t('intake.back')}
        </Link>
      </Paragraph>
      <Heading level={1}>
        {view.data ? t('intake.titleWith', { household: view.data.householdName }) : t('intake.title')}
      </Heading>
      {view.isPending && <LoadingState />}
      {view.isError && <ErrorState error={view.error} onRetry={() => void view.refetch()} />}
      {view.isSuccess && (
        <>
          <PreparationSection view={view.data} />
          <IntakeForm view={view.data} />
        </>
      )}
    </div>
  );
}
