import type { RaadAnswer, RaadGrounds, TrackView } from '@een-plan/contracts';
import { trackMayClose } from '@een-plan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { safetyApi, safetyKeys } from '../../api/safety-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { CheckboxField } from '../households/form-fields.tsx';
import { ButtonGroup, SelectField, TextAreaField } from '../plans/fields.tsx';
import { dynamicT } from './words.ts';

/** A small form section: heading, fields, one submit, the server's error. */
function ActionForm({
  id,
  title,
  submit,
  run,
  children,
}: {
  id: string;
  title: string;
  submit: string;
  run: () => Promise<unknown>;
  children: ReactNode;
}) {
  const queryClient = useQueryClient();
  const action = useMutation({
    mutationFn: run,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: safetyKeys.all }),
  });
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    action.mutate();
  }
  return (
    <section className="dossier-section" aria-labelledby={id}>
      <Heading level={2} id={id}>
        {title}
      </Heading>
      <form onSubmit={onSubmit} className="safety-form" noValidate>
        {children}
        {action.isError && <ErrorState error={action.error} />}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action" busy={action.isPending}>
            {submit}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

/** The free-text note of closing a track or answering the Raad. */
function NoteField({ value, onChange }: { value: string; onChange: (note: string) => void }) {
  const { t } = useTranslation();
  return (
    <TextAreaField
      label={t('meldcode.field.note')}
      value={value}
      maxLength={5000}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

export function VisibilityForm({ track }: { track: TrackView }) {
  const { t } = useTranslation();
  const [hidden, setHidden] = useState<string[]>(track.hiddenFromPersonIds);
  const [reason, setReason] = useState('');
  const names = track.members
    .filter((m) => track.hiddenFromPersonIds.includes(m.personId))
    .map((m) => m.firstName);
  return (
    <ActionForm
      id="meldcode-visibility"
      title={t('meldcode.visibility.title')}
      submit={t('meldcode.visibility.save')}
      run={() => safetyApi.setVisibility(track.id, { hiddenFromPersonIds: hidden, reason })}
    >
      <p className="utrecht-paragraph">{t('meldcode.visibility.intro')}</p>
      <p className="utrecht-paragraph">
        {names.length > 0
          ? t('meldcode.visibility.hiddenFrom', { names: names.join(', ') })
          : t('meldcode.visibility.none')}
      </p>
      {track.members.map((m) => (
        <CheckboxField
          key={m.personId}
          label={m.firstName}
          checked={hidden.includes(m.personId)}
          onChange={(e) =>
            setHidden(e.target.checked ? [...hidden, m.personId] : hidden.filter((p) => p !== m.personId))
          }
        />
      ))}
      <TextAreaField
        label={t('meldcode.field.reason')}
        value={reason}
        maxLength={2000}
        onChange={(e) => setReason(e.target.value)}
      />
    </ActionForm>
  );
}

export function ReportForm({ track }: { track: TrackView }) {
  const { t } = useTranslation();
  const [content, setContent] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  return (
    <ActionForm
      id="meldcode-report"
      title={t('meldcode.report.title')}
      submit={t('meldcode.report.save')}
      run={() => safetyApi.report(track.id, { content, anonymousToFamily: anonymous })}
    >
      <TextAreaField
        label={t('meldcode.report.content')}
        value={content}
        maxLength={10000}
        rows={5}
        onChange={(e) => setContent(e.target.value)}
      />
      <CheckboxField
        label={t('meldcode.report.anonymous')}
        checked={anonymous}
        onChange={(e) => setAnonymous(e.target.checked)}
      />
    </ActionForm>
  );
}

export function CloseForm({ track }: { track: TrackView }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  return (
    <ActionForm
      id="meldcode-close"
      title={t('meldcode.close.title')}
      submit={t('meldcode.close.save')}
      run={() => safetyApi.close(track.id, { note })}
    >
      {!trackMayClose(track.duty, track.hasReport) && (
        <Alert type="warning">{t('meldcode.close.blocked')}</Alert>
      )}
      <NoteField value={note} onChange={setNote} />
    </ActionForm>
  );
}

const GROUNDS = ['voluntaryHelpTried', 'unsafety', 'noTrustInUpbringing'] as const;

export function RaadRequestForm({ track }: { track: TrackView }) {
  const { t } = useTranslation();
  const tt = dynamicT(t);
  const [grounds, setGrounds] = useState<Record<string, { answer: string; reason: string }>>({});
  const value = (g: string) => grounds[g] ?? { answer: 'yes', reason: '' };
  return (
    <ActionForm
      id="meldcode-raad"
      title={t('meldcode.raad.request')}
      submit={t('meldcode.raad.save')}
      run={() =>
        safetyApi.requestRaad(track.id, {
          grounds: Object.fromEntries(
            GROUNDS.map((g) => [g, { answer: value(g).answer === 'yes', reason: value(g).reason }]),
          ) as RaadGrounds,
        })
      }
    >
      {GROUNDS.map((g) => (
        <div key={g}>
          <SelectField
            label={tt(`meldcode.raad.${g}`)}
            value={value(g).answer}
            onChange={(e) => setGrounds({ ...grounds, [g]: { ...value(g), answer: e.target.value } })}
          >
            <option value="yes">{t('meldcode.yes')}</option>
            <option value="no">{t('meldcode.no')}</option>
          </SelectField>
          <TextAreaField
            label={t('meldcode.field.reason')}
            value={value(g).reason}
            maxLength={2000}
            rows={2}
            onChange={(e) => setGrounds({ ...grounds, [g]: { ...value(g), reason: e.target.value } })}
          />
        </div>
      ))}
    </ActionForm>
  );
}

export function RaadAnswerForm({ requestId }: { requestId: string }) {
  const { t } = useTranslation();
  const tt = dynamicT(t);
  const [answer, setAnswer] = useState<RaadAnswer>('investigation_started');
  const [note, setNote] = useState('');
  return (
    <ActionForm
      id={`raad-answer-${requestId}`}
      title={t('meldcode.raad.answer')}
      submit={t('meldcode.raad.answerSave')}
      run={() => safetyApi.answerRaad(requestId, { answer, note })}
    >
      <SelectField
        label={t('meldcode.raad.answer')}
        value={answer}
        onChange={(e) => setAnswer(e.target.value as RaadAnswer)}
      >
        {(['investigation_started', 'declined', 'advice_given'] as const).map((a) => (
          <option key={a} value={a}>
            {tt(`meldcode.raad.answers.${a}`)}
          </option>
        ))}
      </SelectField>
      <NoteField value={note} onChange={setNote} />
    </ActionForm>
  );
}
