import type { CrisisEpisode, CrisisHandoverTarget } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { confirmHandover, crisisKeys, handoverProvidersQuery, recordStep } from '../../api/crisis-api.ts';
import { SelectField, TextAreaField, TextField } from '../households/form-fields.tsx';
import { localToIso, nowLocal } from './crisis-format.ts';
import { DateField, RecordForm } from './RecordForm.tsx';

/** One step's form on the episode. */
function StepForm(props: { run: () => Promise<CrisisEpisode>; submit: string; children?: ReactNode }) {
  return <RecordForm {...props} oneKey={crisisKeys.episode} allKey={crisisKeys.all} />;
}

export function OnSiteForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const [at, setAt] = useState(nowLocal);
  return (
    <StepForm
      run={() => recordStep(id, 'on-site', { onSiteAt: localToIso(at) })}
      submit={t('crisis.steps.recordOnSite')}
    >
      <DateField type="datetime-local" label={t('crisis.steps.onSiteAt')} value={at} onChange={setAt} />
    </StepForm>
  );
}

export function DecisionForm({ id, maxDays }: { id: string; maxDays: number }) {
  const { t } = useTranslation();
  const [at, setAt] = useState(nowLocal);
  const [expert, setExpert] = useState('');
  const [summary, setSummary] = useState('');
  const [start, setStart] = useState(() => nowLocal().slice(0, 10));
  const [end, setEnd] = useState('');
  return (
    <StepForm
      run={() =>
        recordStep(id, 'decision', {
          decidedAt: localToIso(at),
          behaviouralExpertName: expert,
          summary,
          bridgingStart: start,
          bridgingEnd: end,
        })
      }
      submit={t('crisis.steps.recordDecision')}
    >
      <DateField type="datetime-local" label={t('crisis.steps.decidedAt')} value={at} onChange={setAt} />
      <TextField
        label={t('crisis.steps.expertName')}
        value={expert}
        onChange={(e) => setExpert(e.target.value)}
        required
        minLength={2}
      />
      <TextAreaField
        label={t('crisis.steps.summary')}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        required
        minLength={3}
      />
      <DateField label={t('crisis.steps.bridgingStart')} value={start} onChange={setStart} />
      <DateField
        label={t('crisis.steps.bridgingEnd')}
        hint={t('crisis.page.bridging', { start: start || '…', end: end || '…', max: maxDays })}
        value={end}
        onChange={setEnd}
      />
    </StepForm>
  );
}

export function ExitPlanForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const [summary, setSummary] = useState('');
  return (
    <StepForm run={() => recordStep(id, 'exit-plan', { summary })} submit={t('crisis.steps.recordExitPlan')}>
      <TextAreaField
        label={t('crisis.steps.exitPlan')}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        required
        minLength={3}
      />
    </StepForm>
  );
}

export function HandoverForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<CrisisHandoverTarget>('team');
  const [provider, setProvider] = useState('');
  const providers = useQuery({ ...handoverProvidersQuery, enabled: target === 'provider' });
  return (
    <StepForm
      run={() =>
        recordStep(
          id,
          'handover',
          target === 'provider' ? { target, providerOrganisationId: provider } : { target },
        )
      }
      submit={t('crisis.steps.proposeHandover')}
    >
      <SelectField
        label={t('crisis.steps.target')}
        value={target}
        onChange={(e) => setTarget(e.target.value as CrisisHandoverTarget)}
      >
        <option value="team">{t('crisis.page.target.team')}</option>
        <option value="provider">{t('crisis.page.target.provider')}</option>
      </SelectField>
      {target === 'provider' && (
        <SelectField
          label={t('crisis.steps.provider')}
          value={provider}
          onChange={(e) => setProvider(e.target.value)}
          required
        >
          <option value="">{t('crisis.steps.chooseProvider')}</option>
          {(providers.data?.items ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      )}
    </StepForm>
  );
}

export function ConfirmHandoverForm({ id, receiver }: { id: string; receiver: boolean }) {
  const { t } = useTranslation();
  return (
    <StepForm
      run={() => confirmHandover(id)}
      submit={t(receiver ? 'crisis.steps.confirmReceiver' : 'crisis.steps.confirm')}
    />
  );
}
