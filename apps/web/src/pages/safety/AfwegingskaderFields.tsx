import {
  type AfwegingAnswer,
  type AfwegingAnswers,
  type AfwegingQuestion,
  deriveReportingDuty,
} from '@een-plan/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert.tsx';
import { RadioGroup, TextAreaField } from '../households/form-fields.tsx';
import '../households/households.css';
import { dynamicT } from './words.ts';

const QUESTIONS: readonly AfwegingQuestion[] = [
  'q1Suspicion',
  'q2AcuteOrStructural',
  'q3CanOfferHelp',
  'q4HelpAccepted',
  'q5ResultInTime',
];

/** Draft answers: the yes/no may still be unset while the reason is typed. */
export type DraftAnswers = Partial<Record<AfwegingQuestion, { answer: boolean | null; reason: string }>>;

/** The answers that count: a yes/no with a reason. */
export function completeAnswers(draft: DraftAnswers): AfwegingAnswers {
  const out: AfwegingAnswers = {};
  for (const q of QUESTIONS) {
    const a = draft[q];
    if (a && a.answer !== null && a.reason.trim())
      out[q] = { answer: a.answer, reason: a.reason.trim() } satisfies AfwegingAnswer;
  }
  return out;
}

function YesNo({
  question,
  value,
  incomplete,
  onChange,
}: {
  question: AfwegingQuestion;
  value: { answer: boolean | null; reason: string };
  incomplete: boolean;
  onChange: (v: { answer: boolean | null; reason: string }) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <div className="safety-question">
      <RadioGroup
        legend={dynamicT(t)(`meldcode.question.${question}`)}
        name={name}
        value={value.answer === null ? null : value.answer ? 'yes' : 'no'}
        options={[
          { value: 'yes', label: t('meldcode.yes') },
          { value: 'no', label: t('meldcode.no') },
        ]}
        onChange={(v) => onChange({ ...value, answer: v === 'yes' })}
        error={incomplete && value.answer === null ? t('meldcode.check.chooseYesNo') : undefined}
      />
      <TextAreaField
        // Five reason fields on one form: each names its question, so a screen reader can tell them apart.
        label={t('meldcode.field.reasonFor', { n: QUESTIONS.indexOf(question) + 1 })}
        error={incomplete && !value.reason.trim() ? t('meldcode.check.giveReason') : undefined}
        value={value.reason}
        maxLength={2000}
        rows={2}
        onChange={(e) => onChange({ ...value, reason: e.target.value })}
      />
    </div>
  );
}

/**
 * The afwegingskader's five questions. Only the questions the answers so far lead to are shown;
 * the derived duty (the same function the server uses) is shown live in a status message.
 */
export function AfwegingskaderFields({
  draft,
  onChange,
  missing = [],
}: {
  draft: DraftAnswers;
  onChange: (d: DraftAnswers) => void;
  /** Questions (by key) that were half answered when the person tried to save. */
  missing?: readonly string[];
}) {
  const { t } = useTranslation();
  const duty = deriveReportingDuty(completeAnswers(draft));
  const lastIndex = duty.nextQuestion
    ? QUESTIONS.indexOf(duty.nextQuestion)
    : QUESTIONS.indexOf(duty.decidedBy ?? 'q1Suspicion');
  const shown = QUESTIONS.slice(0, lastIndex + 1);
  return (
    <>
      {shown.map((q) => (
        <YesNo
          key={q}
          question={q}
          value={draft[q] ?? { answer: null, reason: '' }}
          incomplete={missing.includes(q)}
          onChange={(v) => onChange({ ...draft, [q]: v })}
        />
      ))}
      <Alert type={duty.mustReport ? 'warning' : 'info'}>
        <strong>{t('meldcode.duty.title')}: </strong>
        {dynamicT(t)(`meldcode.duty.${duty.outcome}`, {
          next: duty.nextQuestion ? QUESTIONS.indexOf(duty.nextQuestion) + 1 : '',
        })}
      </Alert>
    </>
  );
}

/** Draft answers from saved ones (a correction starts from what was saved). */
export function draftFrom(answers: AfwegingAnswers | undefined): DraftAnswers {
  const draft: DraftAnswers = {};
  for (const q of QUESTIONS) {
    const a = answers?.[q];
    if (a) draft[q] = { answer: a.answer, reason: a.reason };
  }
  return draft;
}
