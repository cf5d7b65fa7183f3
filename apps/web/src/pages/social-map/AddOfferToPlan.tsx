import type { SocialOffer } from '@een-plan/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseloadFirstPageQuery } from '../../api/households-api.ts';
import { householdPlanQuery, planApi, planQueryKey } from '../../api/plans-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Link } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { draftOf } from '../plans/plan-draft.ts';
import { Fieldset, SelectField } from '../referrals/fields.tsx';

/**
 * "Aan plan toevoegen": the coordinator picks one of their households and a goal of its plan; the
 * offer becomes an action of that goal (owner: this social-map offer), saved as a new plan version
 * through the plan's own save, so concurrency and the plan's rules hold as in the editor.
 */
export function AddOfferToPlan({ offer }: { offer: SocialOffer }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [householdId, setHouseholdId] = useState('');
  const [goalId, setGoalId] = useState('');
  const [state, setState] = useState<
    | { kind: 'idle' }
    | { kind: 'saving' }
    | { kind: 'done'; householdId: string }
    | { kind: 'error'; error: unknown }
  >({ kind: 'idle' });
  const households = useQuery({ ...caseloadFirstPageQuery, enabled: open });
  const plan = useQuery({ ...householdPlanQuery(householdId), enabled: open && householdId !== '' });
  const goals = plan.data?.plan && plan.data.plan.state !== 'closed' ? plan.data.plan.goals : [];

  if (!open) {
    return (
      <Button onClick={() => setOpen(true)} aria-label={`${t('homes.addToPlan.open')}: ${offer.name}`}>
        {t('homes.addToPlan.open')}
      </Button>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setState({ kind: 'saving' });
    try {
      // The newest version, so the new action is added to what is there now.
      const current = await queryClient.fetchQuery({ ...householdPlanQuery(householdId), staleTime: 0 });
      if (!current.plan) throw new Error('no plan');
      const draft = draftOf(current.plan);
      draft.goals = draft.goals.map((g) =>
        g.id === goalId
          ? {
              ...g,
              actions: [
                ...(g.actions ?? []),
                {
                  description: offer.name,
                  owner: { kind: 'social_map_offer', ref: offer.id, label: offer.name },
                  level: offer.level,
                  status: 'open',
                },
              ],
            }
          : g,
      );
      await planApi.save(householdId, draft);
      await queryClient.invalidateQueries({ queryKey: planQueryKey(householdId) });
      setState({ kind: 'done', householdId });
      // Added once: choosing a goal again is a new decision.
      setGoalId('');
    } catch (error) {
      setState({ kind: 'error', error });
    }
  };

  return (
    <form onSubmit={submit} aria-label={`${t('homes.addToPlan.open')}: ${offer.name}`}>
      <Fieldset legend={t('homes.addToPlan.legend', { offer: offer.name })}>
        {households.isPending && <LoadingState />}
        {households.data && households.data.items.length === 0 && (
          <Paragraph>{t('homes.addToPlan.noHouseholds')}</Paragraph>
        )}
        {households.data && households.data.items.length > 0 && (
          <SelectField
            label={t('homes.addToPlan.household')}
            value={householdId}
            onChange={(value) => {
              setHouseholdId(value);
              setGoalId('');
              setState({ kind: 'idle' });
            }}
          >
            <option value="">{t('homes.addToPlan.choose')}</option>
            {households.data.items.map((h) => (
              <option key={h.householdId} value={h.householdId}>
                {h.name}
              </option>
            ))}
          </SelectField>
        )}
        {householdId && plan.isPending && <LoadingState />}
        {householdId && plan.data && goals.length === 0 && (
          <Paragraph>{t('homes.addToPlan.noGoals')}</Paragraph>
        )}
        {goals.length > 0 && (
          <SelectField label={t('homes.addToPlan.goal')} value={goalId} onChange={setGoalId}>
            <option value="">{t('homes.addToPlan.choose')}</option>
            {goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.description}
              </option>
            ))}
          </SelectField>
        )}
      </Fieldset>
      {state.kind === 'done' && (
        <Alert type="ok">
          <Paragraph>
            {t('homes.addToPlan.done')}{' '}
            <Link to="/werkruimte/huishoudens/$householdId/plan" params={{ householdId: state.householdId }}>
              {t('homes.addToPlan.toPlan')}
            </Link>
          </Paragraph>
        </Alert>
      )}
      {state.kind === 'error' && (
        <Alert type="error">
          <Paragraph>{errorMessage(state.error, language, t)}</Paragraph>
        </Alert>
      )}
      <div className="referral-actions">
        <Button type="submit" disabled={!goalId || state.kind === 'saving'}>
          {t('homes.addToPlan.submit')}
        </Button>
        <Button appearance="secondary-action" type="button" onClick={() => setOpen(false)}>
          {t('homes.addToPlan.close')}
        </Button>
      </div>
    </form>
  );
}
