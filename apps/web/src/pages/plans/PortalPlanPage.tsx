import type { FamilyPlan } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { myPlanQuery, planApi, planPdfUrl } from '../../api/plans-api.ts';
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
import { ButtonGroup, SelectField, TextAreaField } from './fields.tsx';
import { AgreementStatus, formatDate, PlanGoals, PlanStateBadge, useDomainNames } from './PlanView.tsx';
import { usePlanAction } from './use-plan-action.ts';

function ProposeForm({ plan }: { plan: FamilyPlan }) {
  const { t } = useTranslation();
  const domains = useDomainNames();
  const language = useLanguage();
  const action = usePlanAction();
  const [kind, setKind] = useState<'action' | 'goal'>('action');
  const [goalId, setGoalId] = useState(plan.goals[0]?.id ?? '');
  const [domainCode, setDomainCode] = useState('');
  const [text, setText] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await action.run(
      () =>
        planApi.propose(
          plan.householdId,
          kind === 'action' ? { kind, goalId, text } : { kind, domainCode, text },
        ),
      t('plans.portal.proposeSent'),
    );
    if (ok) setText('');
  }

  return (
    <form onSubmit={submit} noValidate>
      {action.error !== null && (
        <Alert type="error">
          <Paragraph>{errorMessage(action.error, language, t)}</Paragraph>
        </Alert>
      )}
      {action.done && <Alert type="ok">{action.done}</Alert>}
      <SelectField
        label={t('plans.portal.proposeKind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as 'action' | 'goal')}
      >
        <option value="action">{t('plans.portal.proposeAction')}</option>
        <option value="goal">{t('plans.portal.proposeGoal')}</option>
      </SelectField>
      {kind === 'action' ? (
        <SelectField
          label={t('plans.portal.proposeGoalFor')}
          value={goalId}
          onChange={(e) => setGoalId(e.target.value)}
        >
          {plan.goals.map((g) => (
            <option key={g.id} value={g.id}>
              {g.description}
            </option>
          ))}
        </SelectField>
      ) : (
        <SelectField
          label={t('plans.portal.proposeDomain')}
          value={domainCode}
          onChange={(e) => setDomainCode(e.target.value)}
        >
          <option value="">{t('plans.editor.choose')}</option>
          {[...domains].map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </SelectField>
      )}
      <TextAreaField
        label={t('plans.portal.proposeText')}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <ButtonGroup>
        <Button
          type="submit"
          appearance="primary-action"
          busy={action.busy}
          disabled={action.busy || text.trim() === ''}
        >
          {t('plans.portal.proposeSend')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function PortalPlan({ plan }: { plan: FamilyPlan }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const action = usePlanAction();
  const [comment, setComment] = useState('');
  const iAgreed = plan.requiredAgreements.some((r) => r.personId === plan.viewerPersonId && r.agreed);
  const myProposals = plan.proposals;

  return (
    <>
      <Paragraph>
        <PlanStateBadge state={plan.state} /> {t('plans.versionInfo', { version: plan.version })}
      </Paragraph>
      {plan.partial && <Alert type="info">{t('plans.portal.partialIntro')}</Alert>}
      {action.error !== null && (
        <Alert type="error">
          <Paragraph>{errorMessage(action.error, language, t)}</Paragraph>
        </Alert>
      )}

      <section className="plan-section" aria-labelledby="portal-vision">
        <Heading level={2} id="portal-vision">
          {t('plans.vision')}
        </Heading>
        <Paragraph>{plan.vision || t('plans.visionEmpty')}</Paragraph>
      </section>

      <section className="plan-section" aria-labelledby="portal-goals">
        <Heading level={2} id="portal-goals">
          {t('plans.goals')}
        </Heading>
        <PlanGoals
          plan={plan}
          markDone={{
            actionIds: plan.can.markDoneActionIds,
            busy: action.busy,
            onDone: (actionId) =>
              void action.run(() =>
                planApi.setActionStatus(plan.householdId, actionId, plan.version, 'done'),
              ),
          }}
        />
      </section>

      {plan.can.agree && (
        <section className="plan-section" aria-labelledby="portal-agree">
          <Heading level={2} id="portal-agree">
            {t('plans.portal.agreeTitle')}
          </Heading>
          <AgreementStatus plan={plan} />
          {iAgreed ? (
            <Alert type="ok">{t('plans.portal.youAgreed')}</Alert>
          ) : (
            <Button
              appearance="primary-action"
              busy={action.busy}
              disabled={action.busy}
              onClick={() => void action.run(() => planApi.agree(plan.householdId, plan.version))}
            >
              {t('plans.portal.agreeButton')}
            </Button>
          )}
        </section>
      )}

      {plan.can.propose && (
        <section className="plan-section plan-portal" aria-labelledby="portal-propose">
          <Heading level={2} id="portal-propose">
            {t('plans.portal.proposeTitle')}
          </Heading>
          <ProposeForm plan={plan} />
          {myProposals.length > 0 && (
            <>
              <Heading level={3}>{t('plans.portal.yourProposals')}</Heading>
              <UnorderedList>
                {myProposals.map((p) => (
                  <UnorderedListItem key={p.id}>
                    {p.text} ({t(`plans.proposals.status.${p.status}`)})
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          )}
        </section>
      )}

      <section className="plan-section plan-portal" aria-labelledby="portal-comments">
        <Heading level={2} id="portal-comments">
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

      <Paragraph>
        <UtrechtLink href={planPdfUrl(plan.householdId)} download>
          {t('plans.pdf')}
        </UtrechtLink>
      </Paragraph>
    </>
  );
}

/** The family's view of their plan in the portal: /mijn-plan/plan (B1, phone first). */
export function PortalPlanPage() {
  const { t } = useTranslation();
  usePageTitle(t('plans.portal.title'));
  const query = useQuery(myPlanQuery);
  return (
    <div aria-busy={query.isPending}>
      <Paragraph>
        <Link to="/mijn-plan">{t('plans.portal.backHome')}</Link>
      </Paragraph>
      <Heading level={1}>{t('plans.portal.title')}</Heading>
      <Paragraph lead>{t('plans.portal.intro')}</Paragraph>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && query.data.plan === null && <Paragraph>{t('plans.portal.noPlan')}</Paragraph>}
      {query.isSuccess && query.data.plan && <PortalPlan plan={query.data.plan} />}
    </div>
  );
}
