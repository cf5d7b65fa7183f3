import type { SafetyPlanView } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ownerOptionsQuery } from '../../api/plans-api.ts';
import { safetyPlanApi } from '../../api/safety-plan-api.ts';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { amsterdamToday } from '../../i18n/dates.ts';
import { ButtonGroup, SelectField, TextAreaField, TextField } from './fields.tsx';
import type { PlanAction } from './use-plan-action.ts';

/** Record a check as done: the day and what was seen. */
/** A score on the 0–10 safety scale, as professionals and the family give it. */
export function SafetyScoreField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <TextField
      label={label}
      type="number"
      inputMode="numeric"
      min={0}
      max={10}
      required
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

export function CheckDoneForm({
  householdId,
  checkId,
  action,
}: {
  householdId: string;
  checkId: string;
  action: PlanAction;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [checkedOn, setCheckedOn] = useState(amsterdamToday());
  const [note, setNote] = useState('');
  if (!open)
    return (
      <Button onClick={() => setOpen(true)} aria-expanded={false}>
        {t('safetyPlan.record.checkDone')}
      </Button>
    );
  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await action.run(
      () => safetyPlanApi.checkDone(householdId, checkId, { checkedOn, note }),
      t('safetyPlan.record.checkSaved'),
    );
    if (ok) setOpen(false);
  }
  return (
    <form onSubmit={submit} className="safety-plan__record">
      <TextField
        label={t('safetyPlan.record.checkedOn')}
        type="date"
        required
        value={checkedOn}
        onChange={(e) => setCheckedOn(e.target.value)}
      />
      <TextAreaField
        label={t('safetyPlan.record.note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action" busy={action.busy} disabled={action.busy}>
          {t('safetyPlan.record.saveCheck')}
        </Button>
        <Button onClick={() => setOpen(false)}>{t('safetyPlan.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}

const SCORERS = new Set(['household_member', 'network_member', 'professional']);

/** A participant's score on the 0–10 safety scale. */
export function ScoreForm({ view, action }: { view: SafetyPlanView; action: PlanAction }) {
  const { t } = useTranslation();
  const owners = useQuery(ownerOptionsQuery(view.householdId));
  const [participant, setParticipant] = useState('');
  const [score, setScore] = useState('5');
  const [scoredOn, setScoredOn] = useState(amsterdamToday());
  const options = (owners.data?.options ?? []).filter((o) => SCORERS.has(o.kind));
  async function submit(event: FormEvent) {
    event.preventDefault();
    const [kind, ...ref] = participant.split(':');
    await action.run(
      () =>
        safetyPlanApi.score(view.householdId, {
          participant: { kind: kind as 'professional', ref: ref.join(':') },
          score: Number(score),
          scoredOn,
        }),
      t('safetyPlan.record.scoreSaved'),
    );
  }
  return (
    <form onSubmit={submit} className="safety-plan__record" aria-labelledby="safety-score-title">
      <Heading level={4} id="safety-score-title">
        {t('safetyPlan.record.scoreTitle')}
      </Heading>
      <SelectField
        label={t('safetyPlan.record.participant')}
        required
        value={participant}
        onChange={(e) => setParticipant(e.target.value)}
      >
        <option value="">{t('safetyPlan.field.choose')}</option>
        {options.map((o) => (
          <option key={`${o.kind}:${o.ref}`} value={`${o.kind}:${o.ref}`}>
            {o.label}
          </option>
        ))}
      </SelectField>
      <SafetyScoreField label={t('safetyPlan.record.score')} value={score} onChange={setScore} />
      <TextField
        label={t('safetyPlan.record.scoredOn')}
        type="date"
        required
        value={scoredOn}
        onChange={(e) => setScoredOn(e.target.value)}
      />
      <Button
        type="submit"
        appearance="primary-action"
        busy={action.busy}
        disabled={action.busy || participant === ''}
      >
        {t('safetyPlan.record.saveScore')}
      </Button>
    </form>
  );
}
