import type { FamilyPlan, IjwFrequency, IjwReferrerType } from '@een-plan/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  assignmentApi,
  contractsQuery,
  decisionLetterUrl,
  householdAssignmentsQuery,
} from '../../api/assignments-api.ts';
import { useSession } from '../../auth/use-session.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { ButtonGroup, FormActions } from '../../components/FormActions.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { ChoiceField, DateField, Fieldset, SelectField, TextField } from '../plans/fields.tsx';
import { formatDate } from '../plans/PlanView.tsx';
import { formatEuro, lifeText, STATUS_BADGE } from './format.ts';
import { RequestedAssignmentsList } from './RequestedAssignmentsList.tsx';
import { usageText } from './usage.ts';

type ProviderAction = FamilyPlan['goals'][number]['actions'][number];

/** On the coordinator's plan page: each level-2 provider action with its assignments and "Toewijzen". */
export function PlanAssignmentsSection({ plan }: { plan: FamilyPlan }) {
  const { t } = useTranslation();
  const actions = plan.goals
    .flatMap((g) => g.actions)
    .filter((a) => a.level === 2 && a.owner.kind === 'provider');
  const assignments = useQuery(householdAssignmentsQuery(plan.householdId));
  return (
    <section className="plan-section" aria-labelledby="plan-assignments">
      <Heading level={2} id="plan-assignments">
        {t('assignments.section')}
      </Heading>
      <Paragraph>{t('assignments.sectionIntro')}</Paragraph>
      {assignments.isError && (
        <ErrorState error={assignments.error} onRetry={() => void assignments.refetch()} />
      )}
      {actions.length === 0 ? (
        <Paragraph>{t('assignments.noProviderActions')}</Paragraph>
      ) : (
        <ul className="plan-actions">
          {actions.map((action) => (
            <ActionAssignments
              key={action.id}
              plan={plan}
              action={action}
              assignments={(assignments.data?.assignments ?? []).filter((a) => a.planActionId === action.id)}
            />
          ))}
        </ul>
      )}
      <RequestedAssignmentsList assignments={assignments.data?.assignments ?? []} />
    </section>
  );
}

function ActionAssignments({
  plan,
  action,
  assignments,
}: {
  plan: FamilyPlan;
  action: ProviderAction;
  assignments: import('@een-plan/contracts').Assignment[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const session = useSession();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const isTeamLead = session?.user.role === 'team_lead';

  async function decide(id: string, version: number, approve: boolean) {
    setBusy(true);
    setError(null);
    try {
      await assignmentApi.approve(id, version, approve);
    } catch (e) {
      setError(e);
    } finally {
      await queryClient.invalidateQueries({ queryKey: ['assignments'] });
      setBusy(false);
    }
  }

  return (
    <li className="plan-action" data-assignment-action-id={action.id}>
      <p className="utrecht-paragraph">
        <strong>{action.owner.label}</strong>: {action.description}
      </p>
      {assignments.length === 0 ? (
        <p className="utrecht-paragraph utrecht-paragraph--small">{t('assignments.noAssignments')}</p>
      ) : (
        <ul className="utrecht-unordered-list">
          {assignments.map((a) => (
            <li key={a.id} className="utrecht-unordered-list__item">
              <StatusBadge status={STATUS_BADGE[a.status]}>{t(`assignments.status.${a.status}`)}</StatusBadge>{' '}
              {lifeText(a, t, language)} · {a.productName} ·{' '}
              {t('assignments.budget', { amount: formatEuro(a.budgetCents, language) })}
              {(a.status === 'started' || a.status === 'stopped') && usageText(a, t) && (
                <span data-volume-used>
                  {' · '}
                  {usageText(a, t)}
                </span>
              )}
              {a.startOverdue && a.startDueDate && (
                <strong className="assignment-start-overdue" data-start-overdue>
                  {' · '}
                  {t('assignments.startOverdue', { date: formatDate(a.startDueDate, language) })}
                </strong>
              )}
              {a.status !== 'awaiting_approval' && a.status !== 'rejected' && (
                <>
                  {' · '}
                  <a className="utrecht-link" href={decisionLetterUrl(a.id, language)} download>
                    {t('assignments.decisionLetter')}
                  </a>
                </>
              )}
              {isTeamLead && a.status === 'awaiting_approval' && (
                <ButtonGroup>
                  <Button
                    appearance="primary-action"
                    busy={busy}
                    onClick={() => void decide(a.id, a.version, true)}
                  >
                    {t('assignments.approve')}
                  </Button>
                  <Button busy={busy} onClick={() => void decide(a.id, a.version, false)}>
                    {t('assignments.reject')}
                  </Button>
                </ButtonGroup>
              )}
            </li>
          ))}
        </ul>
      )}
      {error !== null && <Alert type="error">{errorMessage(error, language, t)}</Alert>}
      {plan.can.edit &&
        !isTeamLead &&
        (open ? (
          <AssignForm
            plan={plan}
            action={action}
            personId={actionPersonId(plan, action, assignments)}
            onDone={() => setOpen(false)}
          />
        ) : (
          <Button onClick={() => setOpen(true)}>
            {t('assignments.assignFor', { action: action.description })}
          </Button>
        ))}
    </li>
  );
}

const FREQUENCIES: IjwFrequency[] = ['2', '4', '1', '6'];
const REFERRERS: IjwReferrerType[] = ['01', '02', '03', '04', '05', '06', '08'];

/**
 * "Voor wie" starts at the action's person: the youth of an earlier assignment of this action,
 * else the youth the action's goal is about, else the first youth of the household.
 */
export function actionPersonId(
  plan: Pick<FamilyPlan, 'members' | 'goals'>,
  action: Pick<ProviderAction, 'id' | 'goalId'>,
  assignments: ReadonlyArray<{ personId: string }> = [],
): string {
  const members = new Set(plan.members.map((m) => m.personId));
  const earlier = assignments.find((a) => members.has(a.personId));
  if (earlier) return earlier.personId;
  const goal = plan.goals.find((g) => g.id === action.goalId);
  const concerned = (goal?.concernsPersonIds ?? []).filter((id) => members.has(id));
  const youth = plan.members.filter((m) => m.age < 18).map((m) => m.personId);
  return (
    concerned.find((id) => youth.includes(id)) ?? concerned[0] ?? youth[0] ?? plan.members[0]?.personId ?? ''
  );
}

function AssignForm({
  plan,
  action,
  personId: initialPersonId,
  onDone,
}: {
  plan: FamilyPlan;
  action: ProviderAction;
  personId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const contracts = useQuery(contractsQuery);
  const products = (contracts.data?.contracts ?? [])
    .filter((c) => c.organisationId === action.owner.ref)
    .flatMap((c) => c.products);
  const [personId, setPersonId] = useState(initialPersonId);
  const [productId, setProductId] = useState('');
  const [volume, setVolume] = useState('1');
  const [frequency, setFrequency] = useState<IjwFrequency>('2');
  const [startDate, setStartDate] = useState(action.startDate ?? '');
  const [endDate, setEndDate] = useState(action.endDate ?? '');
  const [referrer, setReferrer] = useState<IjwReferrerType>('01');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<string | null>(null);
  const chosenProduct = productId || products[0]?.id || '';

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const res = await assignmentApi.assign(plan.householdId, {
        planActionId: action.id,
        personId,
        contractProductId: chosenProduct,
        volume: Number(volume),
        frequency,
        startDate,
        endDate,
        referrerType: referrer,
      });
      setResult(
        res.status === 'awaiting_approval' ? t('assignments.awaitingApproval') : t('assignments.assigned'),
      );
      await queryClient.invalidateQueries({ queryKey: ['assignments'] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (result) {
    return (
      <>
        <Alert type="ok">{result}</Alert>
        <Button onClick={onDone}>{t('assignments.messages.close')}</Button>
      </>
    );
  }
  if (contracts.isSuccess && products.length === 0)
    return <Alert type="warning">{t('assignments.noContract')}</Alert>;

  return (
    <form onSubmit={(e) => void submit(e)} noValidate={false}>
      <Fieldset legend={t('assignments.assignFor', { action: action.description })}>
        <SelectField
          label={t('assignments.youth')}
          value={personId}
          onChange={(e) => setPersonId(e.target.value)}
          required
        >
          {plan.members.map((m) => (
            <option key={m.personId} value={m.personId}>
              {m.firstName}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('assignments.product')}
          value={chosenProduct}
          onChange={(e) => setProductId(e.target.value)}
          required
        >
          {products.map((p) => (
            <option key={p.id} value={p.id}>
              {`${p.name} (${p.productCategory} ${p.productCode}, ${formatEuro(p.tariffCents, language)} / ${t(`assignments.units.${p.unit}`)})`}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('assignments.volume')}
          type="number"
          min={1}
          inputMode="numeric"
          value={volume}
          onChange={(e) => setVolume(e.target.value)}
          required
        />
        <ChoiceField
          label={t('assignments.frequency')}
          value={frequency}
          choices={FREQUENCIES}
          text={(f) => t(`assignments.frequencies.${f}`)}
          onChange={setFrequency}
        />
        <DateField label={t('assignments.startDate')} value={startDate} onChange={setStartDate} required />
        <DateField label={t('assignments.endDate')} value={endDate} onChange={setEndDate} required />
        <ChoiceField
          label={t('assignments.referrer')}
          value={referrer}
          onChange={setReferrer}
          choices={REFERRERS}
          text={(r) => t(`assignments.referrers.${r}`)}
        />
      </Fieldset>
      <FormActions
        error={error}
        busy={busy}
        submit={t('assignments.assign')}
        cancel={t('assignments.cancel')}
        onCancel={onDone}
      />
    </form>
  );
}
