import type { ClosureAssignment, FamilyPlan, PlanClosure, PlanClosureReason } from '@een-plan/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closePlan, planClosureQuery } from '../../api/plans-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { formatEuro } from '../assignments/format.ts';
import { ActionError } from './ActionError.tsx';
import { ButtonGroup, Fieldset, SelectField } from './fields.tsx';
import { formatDate } from './PlanView.tsx';

const REASONS: PlanClosureReason[] = [
  'goals_achieved',
  'no_longer_needed',
  'family_stopped',
  'moved_away',
  'other',
];

/**
 * Closing the plan on the coordinator's plan page: first what will happen (assignments ended,
 * open actions done or dropped, the household closed, aftercare scheduled), then a confirmation.
 * After closing: the closure, the assignments still waiting for the provider's stop, the aftercare.
 */
export function PlanClosureSection({ plan }: { plan: FamilyPlan }) {
  const { t } = useTranslation();
  const canClose = plan.can.transitions.includes('closed');
  const closed = plan.state === 'closed';
  const [open, setOpen] = useState(false);
  if (!canClose && !closed) return null;
  return (
    <section className="plan-section" aria-labelledby="plan-closure">
      <Heading level={2} id="plan-closure">
        {closed ? t('closure.closedTitle') : t('closure.title')}
      </Heading>
      {closed ? (
        <ClosureDetails householdId={plan.householdId} />
      ) : open ? (
        <ClosureForm plan={plan} onCancel={() => setOpen(false)} />
      ) : (
        <ButtonGroup>
          <Button onClick={() => setOpen(true)}>{t('closure.start')}</Button>
        </ButtonGroup>
      )}
    </section>
  );
}

function useClosure(householdId: string) {
  return useQuery(planClosureQuery(householdId));
}

function AssignmentOutcome({ a }: { a: ClosureAssignment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <li className="utrecht-unordered-list__item" data-closure-assignment={a.assignmentNumber}>
      <strong>
        {t('closure.assignment', {
          number: a.assignmentNumber,
          product: a.productName,
          person: a.personFirstName,
          organisation: a.organisationName,
        })}
      </strong>
      <br />
      {t(`closure.outcome.${a.outcome}`, {
        date: formatDate(a.newEndDate, language),
        budget: formatEuro(a.budgetCents, language),
        newBudget: formatEuro(a.newBudgetCents, language),
      })}
    </li>
  );
}

function FollowUps({ closure, title }: { closure: PlanClosure; title: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <Heading level={3}>{title}</Heading>
      <ul className="utrecht-unordered-list" data-follow-ups>
        {closure.followUps.map((f) => (
          <li key={`${f.kind}-${f.offsetMonths}`} className="utrecht-unordered-list__item">
            {t(`closure.followUp.${f.kind}`, {
              date: formatDate(f.dueOn, language),
              months: f.offsetMonths,
            })}
          </li>
        ))}
      </ul>
    </>
  );
}

function ClosureForm({ plan, onCancel }: { plan: FamilyPlan; onCancel: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const closure = useClosure(plan.householdId);
  const [choices, setChoices] = useState<Record<string, 'done' | 'cancelled'>>({});
  const [reason, setReason] = useState<PlanClosureReason>('goals_achieved');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (closure.isPending) return <LoadingState />;
  if (closure.isError) return <ErrorState error={closure.error} onRetry={() => void closure.refetch()} />;
  const c = closure.data;
  if (!c.canClose) return <Paragraph>{t('closure.notYet')}</Paragraph>;
  const awaitingStop = c.assignments.filter((a) => a.outcome === 'awaiting_stop');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await closePlan(plan.householdId, {
        version: plan.version,
        reason,
        actions: c.actions.map((a) => ({ actionId: a.id, status: choices[a.id] ?? 'cancelled' })),
      });
      await queryClient.invalidateQueries({ queryKey: ['plan'] });
      await queryClient.invalidateQueries({ queryKey: ['assignments'] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} data-closure-form>
      <Paragraph>{t('closure.intro')}</Paragraph>
      <Paragraph>
        <strong>{t('closure.closedOn', { date: formatDate(c.closedOn, language) })}</strong>
      </Paragraph>

      <Heading level={3}>{t('closure.assignmentsTitle')}</Heading>
      {c.assignments.length === 0 ? (
        <Paragraph>{t('closure.noAssignments')}</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list">
          {c.assignments.map((a) => (
            <AssignmentOutcome key={a.id} a={a} />
          ))}
        </ul>
      )}
      {awaitingStop.length > 0 && (
        <Alert type="warning">{t('closure.awaitingStopWarning', { count: awaitingStop.length })}</Alert>
      )}

      <Heading level={3}>{t('closure.actionsTitle')}</Heading>
      {c.actions.length === 0 ? (
        <Paragraph>{t('closure.noActions')}</Paragraph>
      ) : (
        c.actions.map((a) => (
          <Fieldset
            key={a.id}
            legend={t('closure.actionLegend', { action: a.description, owner: a.ownerLabel })}
          >
            <div className="closure-choice">
              {(['done', 'cancelled'] as const).map((status) => (
                <label key={status} className="closure-choice__option">
                  <input
                    type="radio"
                    name={`closure-action-${a.id}`}
                    value={status}
                    checked={(choices[a.id] ?? 'cancelled') === status}
                    onChange={() => setChoices((prev) => ({ ...prev, [a.id]: status }))}
                  />{' '}
                  {t(status === 'done' ? 'closure.actionDone' : 'closure.actionDropped')}
                </label>
              ))}
            </div>
          </Fieldset>
        ))
      )}

      <SelectField
        label={t('closure.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value as PlanClosureReason)}
      >
        {REASONS.map((r) => (
          <option key={r} value={r}>
            {t(`closure.reasons.${r}`)}
          </option>
        ))}
      </SelectField>

      <Paragraph>{t('closure.household')}</Paragraph>
      <FollowUps closure={c} title={t('closure.followUpsTitle')} />

      <ActionError error={error} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action" busy={busy} disabled={busy}>
          {t('closure.confirm')}
        </Button>
        <Button onClick={onCancel}>{t('closure.cancel')}</Button>
      </ButtonGroup>
    </form>
  );
}

function ClosureDetails({ householdId }: { householdId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const closure = useClosure(householdId);
  if (closure.isPending) return <LoadingState />;
  if (closure.isError) return <ErrorState error={closure.error} onRetry={() => void closure.refetch()} />;
  const c = closure.data;
  return (
    <>
      <Paragraph>
        {c.reason
          ? t('closure.closedInfo', {
              date: formatDate(c.closedOn, language),
              reason: t(`closure.reasons.${c.reason}`),
            })
          : t('closure.closedInfoNoReason', { date: formatDate(c.closedOn, language) })}
      </Paragraph>
      {c.awaitingStop.length > 0 ? (
        <>
          <Alert type="warning">{t('closure.awaitingStopTitle')}</Alert>
          <ul className="utrecht-unordered-list">
            {c.awaitingStop.map((a) => (
              <AssignmentOutcome key={a.id} a={a} />
            ))}
          </ul>
        </>
      ) : (
        <Paragraph>{t('closure.allSettled')}</Paragraph>
      )}
      {c.followUps.length > 0 && <FollowUps closure={c} title={t('closure.followUpsDoneTitle')} />}
    </>
  );
}
