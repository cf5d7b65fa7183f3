import type { FamilyPlan, PlanDiff, PlanEvaluationInput, PlanGoalResult } from '@een-plan/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  fetchDiff,
  householdPlanQuery,
  planApi,
  planPdfUrl,
  planVersionsQuery,
  trendQuery,
} from '../../api/plans-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link, UtrechtLink } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { PlanAssignmentsSection } from '../assignments/PlanAssignmentsSection.tsx';
import { ButtonGroup, SelectField, TextAreaField, TextField } from './fields.tsx';
import { PlanEditor } from './PlanEditor.tsx';
import {
  AgreementStatus,
  DiffList,
  formatDate,
  PlanGoals,
  PlanStateBadge,
  useDomainNames,
} from './PlanView.tsx';
import { TrendChart } from './TrendChart.tsx';
import { usePlanAction } from './use-plan-action.ts';

function ActionError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (error === null) return null;
  return (
    <Alert type="error">
      <Paragraph>{errorMessage(error, language, t)}</Paragraph>
    </Alert>
  );
}

function Versions({ plan }: { plan: FamilyPlan }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const versions = useQuery(planVersionsQuery(plan.householdId));
  const [diff, setDiff] = useState<PlanDiff | null>(null);
  if (versions.isPending) return <LoadingState />;
  if (versions.isError) return <ErrorState error={versions.error} />;
  return (
    <>
      <UnorderedList>
        {versions.data.versions.map((v) => (
          <UnorderedListItem key={v.version}>
            {t('plans.versions.line', {
              version: v.version,
              date: formatDate(v.createdAt, language),
              name: v.createdByName,
            })}
            {v.agreedBy.length > 0 && ` · ${t('plans.versions.agreedBy', { names: v.agreedBy.join(', ') })}`}
            {v.version > 1 && (
              <>
                {' '}
                <Button
                  appearance="subtle"
                  onClick={() => void fetchDiff(plan.householdId, v.version - 1, v.version).then(setDiff)}
                >
                  {t('plans.versions.showDiff', { version: v.version - 1 })}
                </Button>
              </>
            )}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {diff && (
        <section aria-live="polite">
          <Heading level={3}>{t('plans.versions.diffTitle', { from: diff.from, to: diff.to })}</Heading>
          <DiffList diff={diff} />
        </section>
      )}
    </>
  );
}

function EvaluationForm({ plan }: { plan: FamilyPlan }) {
  const { t } = useTranslation();
  const domains = useDomainNames();
  const action = usePlanAction();
  const [evaluatedOn, setEvaluatedOn] = useState(new Date().toISOString().slice(0, 10));
  const [results, setResults] = useState<Record<string, PlanGoalResult>>({});
  const [nextSteps, setNextSteps] = useState('');
  const [nextDate, setNextDate] = useState('');
  // One score per member per domain of the plan's goals.
  const scoreKeys = [...new Set(plan.goals.map((g) => g.domainCode))].flatMap((domainCode) =>
    plan.members
      .filter((m) => m.age >= 12)
      .map((m) => ({ personId: m.personId, name: m.firstName, domainCode })),
  );
  const [scores, setScores] = useState<Record<string, string>>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input: PlanEvaluationInput = {
      version: plan.version,
      evaluatedOn,
      goalResults: plan.goals
        .filter((g) => results[g.id])
        .map((g) => ({ goalId: g.id, result: results[g.id]! })),
      nextSteps,
      nextEvaluationDate: nextDate || null,
      scores: scoreKeys
        .filter((k) => scores[`${k.personId}:${k.domainCode}`])
        .map((k) => ({
          personId: k.personId,
          domainCode: k.domainCode,
          score: Number(scores[`${k.personId}:${k.domainCode}`]),
        })),
    };
    await action.run(() => planApi.evaluate(plan.householdId, input), t('plans.saved'));
  }

  return (
    <form onSubmit={submit} noValidate>
      <Paragraph>{t('plans.evaluation.intro')}</Paragraph>
      <ActionError error={action.error} />
      {action.done && <Alert type="ok">{action.done}</Alert>}
      <TextField
        type="date"
        label={t('plans.evaluation.evaluatedOn')}
        value={evaluatedOn}
        onChange={(e) => setEvaluatedOn(e.target.value)}
      />
      {plan.goals.map((g, i) => (
        <SelectField
          key={g.id}
          label={t('plans.evaluation.resultFor', { number: i + 1, goal: g.description })}
          value={results[g.id] ?? ''}
          onChange={(e) => setResults({ ...results, [g.id]: e.target.value as PlanGoalResult })}
        >
          <option value="">{t('plans.editor.choose')}</option>
          {(['achieved', 'partly', 'not_achieved'] as const).map((r) => (
            <option key={r} value={r}>
              {t(`plans.result.${r}`)}
            </option>
          ))}
        </SelectField>
      ))}
      <TextAreaField
        label={t('plans.evaluation.nextSteps')}
        value={nextSteps}
        aria-required="true"
        onChange={(e) => setNextSteps(e.target.value)}
      />
      <TextField
        type="date"
        label={t('plans.evaluation.nextEvaluationDate')}
        value={nextDate}
        onChange={(e) => setNextDate(e.target.value)}
      />
      <Heading level={3}>{t('plans.evaluation.scoresTitle')}</Heading>
      {scoreKeys.map((k) => {
        const key = `${k.personId}:${k.domainCode}`;
        return (
          <SelectField
            key={key}
            label={t('plans.evaluation.scoreFor', {
              name: k.name,
              domain: domains.get(k.domainCode) ?? k.domainCode,
            })}
            value={scores[key] ?? ''}
            onChange={(e) => setScores({ ...scores, [key]: e.target.value })}
          >
            <option value="">{t('plans.evaluation.noScore')}</option>
            {[1, 2, 3, 4, 5].map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </SelectField>
        );
      })}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action" busy={action.busy} disabled={action.busy}>
          {t('plans.evaluation.save')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function PlanDetails({ plan }: { plan: FamilyPlan }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const action = usePlanAction();
  const [editing, setEditing] = useState(false);
  const trend = useQuery(trendQuery(plan.householdId));
  const names = new Map(plan.members.map((m) => [m.personId, m.firstName]));
  const openProposals = plan.proposals.filter((p) => p.status === 'open');
  const [comment, setComment] = useState('');
  const coordinatorAgreed = plan.requiredAgreements.find((r) => r.party === 'coordinator')?.agreed ?? false;

  if (editing) {
    return (
      <PlanEditor
        plan={plan}
        onSaved={() => {
          setEditing(false);
          void queryClient.invalidateQueries({ queryKey: ['plan'] });
        }}
        onCancel={() => setEditing(false)}
        onReload={async () => {
          await queryClient.invalidateQueries({ queryKey: ['plan'] });
          return (await queryClient.fetchQuery(householdPlanQuery(plan.householdId))).plan;
        }}
      />
    );
  }

  return (
    <>
      <Paragraph>
        <PlanStateBadge state={plan.state} /> {t('plans.versionInfo', { version: plan.version })}
        {plan.agreedVersion !== null && ` · ${t('plans.agreedVersionInfo', { version: plan.agreedVersion })}`}
      </Paragraph>
      {plan.agreedVersion !== plan.version && plan.state !== 'closed' && (
        <Alert type="warning">{t('plans.pendingAgreement')}</Alert>
      )}
      <ActionError error={action.error} />
      {action.done && <Alert type="ok">{action.done}</Alert>}
      <ButtonGroup>
        {plan.can.edit && (
          <Button appearance="primary-action" onClick={() => setEditing(true)}>
            {t('plans.editor.edit')}
          </Button>
        )}
        <UtrechtLink href={planPdfUrl(plan.householdId)} download>
          {t('plans.pdf')}
        </UtrechtLink>
      </ButtonGroup>

      <section className="plan-section" aria-labelledby="plan-vision">
        <Heading level={2} id="plan-vision">
          {t('plans.vision')}
        </Heading>
        <Paragraph>{plan.vision || t('plans.visionEmpty')}</Paragraph>
      </section>

      <section className="plan-section" aria-labelledby="plan-goals">
        <Heading level={2} id="plan-goals">
          {t('plans.goals')}
        </Heading>
        <PlanGoals plan={plan} />
      </section>

      <PlanAssignmentsSection plan={plan} />

      <section className="plan-section" aria-labelledby="plan-agreements">
        <Heading level={2} id="plan-agreements">
          {t('plans.agreements.title')}
        </Heading>
        <Paragraph>{t('plans.agreements.intro')}</Paragraph>
        <AgreementStatus plan={plan} />
        <ButtonGroup>
          {plan.can.agree && !coordinatorAgreed && (
            <Button
              appearance="primary-action"
              busy={action.busy}
              disabled={action.busy}
              onClick={() => void action.run(() => planApi.agree(plan.householdId, plan.version))}
            >
              {t('plans.agreements.agree', { version: plan.version })}
            </Button>
          )}
          {plan.requiredAgreements
            .filter(
              (r) =>
                r.party === 'person' &&
                !r.agreed &&
                r.personId &&
                plan.can.recordAgreementFor.includes(r.personId),
            )
            .map((r) => (
              <Button
                key={r.personId}
                busy={action.busy}
                disabled={action.busy}
                onClick={() =>
                  void action.run(() => planApi.agree(plan.householdId, plan.version, r.personId!))
                }
              >
                {t('plans.agreements.recordFor', { name: r.name })}
              </Button>
            ))}
        </ButtonGroup>
      </section>

      {plan.can.transitions.length > 0 && (
        <section className="plan-section" aria-labelledby="plan-transitions">
          <Heading level={2} id="plan-transitions">
            {t('plans.transitions.title')}
          </Heading>
          <ButtonGroup>
            {plan.can.transitions.map((to) => (
              <Button
                key={to}
                busy={action.busy}
                disabled={action.busy}
                onClick={() => void action.run(() => planApi.transition(plan.householdId, plan.version, to))}
              >
                {t('plans.transitions.to', { state: t(`plans.state.${to}`) })}
              </Button>
            ))}
          </ButtonGroup>
        </section>
      )}

      <section className="plan-section" aria-labelledby="plan-proposals">
        <Heading level={2} id="plan-proposals">
          {t('plans.proposals.title')}
        </Heading>
        {openProposals.length === 0 ? (
          <Paragraph>{t('plans.proposals.none')}</Paragraph>
        ) : (
          <UnorderedList>
            {openProposals.map((p) => (
              <UnorderedListItem key={p.id}>
                {t(p.kind === 'goal' ? 'plans.proposals.goal' : 'plans.proposals.action', {
                  name: p.proposedByName,
                  text: p.text,
                })}
                {plan.can.edit && (
                  <ButtonGroup>
                    <Button
                      disabled={action.busy}
                      onClick={() =>
                        void action.run(() =>
                          planApi.decideProposal(plan.householdId, p.id, plan.version, 'accept'),
                        )
                      }
                    >
                      {t('plans.proposals.accept')}
                    </Button>
                    <Button
                      disabled={action.busy}
                      onClick={() =>
                        void action.run(() =>
                          planApi.decideProposal(plan.householdId, p.id, plan.version, 'decline'),
                        )
                      }
                    >
                      {t('plans.proposals.decline')}
                    </Button>
                  </ButtonGroup>
                )}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>

      <section className="plan-section" aria-labelledby="plan-comments">
        <Heading level={2} id="plan-comments">
          {t('plans.comments.title')}
        </Heading>
        {plan.comments.length === 0 ? (
          <Paragraph>{t('plans.comments.none')}</Paragraph>
        ) : (
          <UnorderedList>
            {plan.comments.map((c) => (
              <UnorderedListItem key={c.id}>
                {t('plans.comments.line', { name: c.authorName, text: c.text })} (
                {formatDate(c.createdAt, language)})
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void action
              .run(() => planApi.comment(plan.householdId, comment))
              .then((ok) => ok && setComment(''));
          }}
        >
          <TextAreaField
            label={t('plans.comments.label')}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <Button type="submit" disabled={action.busy || comment.trim() === ''}>
            {t('plans.comments.send')}
          </Button>
        </form>
      </section>

      {(plan.can.evaluate || plan.evaluations.length > 0) && (
        <section className="plan-section" aria-labelledby="plan-evaluation">
          <Heading level={2} id="plan-evaluation">
            {t('plans.evaluation.title')}
          </Heading>
          {plan.can.evaluate && <EvaluationForm plan={plan} />}
          {plan.evaluations.length > 0 && (
            <>
              <Heading level={3}>{t('plans.evaluation.history')}</Heading>
              <UnorderedList>
                {plan.evaluations.map((e) => (
                  <UnorderedListItem key={e.id}>
                    {t('plans.evaluation.historyLine', {
                      date: formatDate(e.evaluatedOn, language),
                      version: e.planVersion,
                      steps: e.nextSteps,
                    })}
                    <UnorderedList>
                      {e.goalResults.map((r) => (
                        <UnorderedListItem key={r.goalId}>
                          {plan.goals.find((g) => g.id === r.goalId)?.description ?? r.goalId}:{' '}
                          {t(`plans.result.${r.result}`)}
                        </UnorderedListItem>
                      ))}
                    </UnorderedList>
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          )}
        </section>
      )}

      <div className="plan-section">
        {trend.isPending && <LoadingState />}
        {trend.isError && <ErrorState error={trend.error} />}
        {trend.isSuccess && <TrendChart trend={trend.data} names={names} />}
      </div>

      <section className="plan-section" aria-labelledby="plan-versions">
        <Heading level={2} id="plan-versions">
          {t('plans.versions.title')}
        </Heading>
        <Versions plan={plan} />
      </section>
    </>
  );
}

/** The coordinator's plan tab of a household: /werkruimte/huishoudens/$householdId/plan. */
export function CoordinatorPlanPage() {
  const { t } = useTranslation();
  const { householdId } = useParams({ strict: false }) as { householdId: string };
  const query = useQuery(householdPlanQuery(householdId));
  const action = usePlanAction();
  const name = query.data?.plan?.householdName;
  usePageTitle(name ? t('plans.titleWith', { name }) : t('plans.title'));
  return (
    <div aria-busy={query.isPending}>
      <Paragraph>
        <Link to="/werkruimte">{t('plans.backToWorkspace')}</Link>
      </Paragraph>
      <Heading level={1}>{name ? t('plans.titleWith', { name }) : t('plans.title')}</Heading>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && query.data.plan === null && (
        <>
          <Paragraph>{t('plans.noPlan')}</Paragraph>
          <ActionError error={action.error} />
          <Button
            appearance="primary-action"
            busy={action.busy}
            onClick={() => void action.run(() => planApi.create(householdId, ''))}
          >
            {t('plans.startPlan')}
          </Button>
        </>
      )}
      {query.isSuccess && query.data.plan && <PlanDetails plan={query.data.plan} />}
    </div>
  );
}
