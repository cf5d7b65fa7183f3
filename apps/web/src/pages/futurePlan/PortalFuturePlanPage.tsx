import type { FuturePlan, FuturePlanHelperKind, FuturePlanTopicStatus } from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  chooseHelper,
  futurePlanKeys,
  helperOptionsQuery,
  portalFuturePlansQuery,
} from '../../api/future-plan-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { RadioGroup, SelectField } from '../households/form-fields.tsx';
import { formatDate } from '../households/HouseholdsPage.tsx';
import { ContinuityText } from './ContinuityText.tsx';
import './future-plan.css';
import { type PlanTopic, TOPIC_STATUSES, useTopicUpdate } from './topic-update.ts';

function HelperPicker({ plan }: { plan: FuturePlan }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const options = useQuery(helperOptionsQuery(plan.householdId, plan.id));
  const [choice, setChoice] = useState('');
  const save = useMutation({
    mutationFn: (value: string) => {
      const [kind, ref] = value.split(':') as [FuturePlanHelperKind, string];
      return chooseHelper(plan, { kind, ref, version: plan.version });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: futurePlanKeys.all }),
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (choice) save.mutate(choice);
  };
  if (options.isPending) return <LoadingState />;
  if (options.isError) return <ErrorState error={options.error} onRetry={() => void options.refetch()} />;
  return (
    <form onSubmit={onSubmit} className="future-plan-helper-form">
      <SelectField
        label={t('futurePlan.portal.helperLabel')}
        value={choice}
        onChange={(e) => setChoice(e.target.value)}
      >
        <option value="">{t('futurePlan.portal.helperPick')}</option>
        {options.data.options.map((o) => (
          <option key={`${o.kind}:${o.ref}`} value={`${o.kind}:${o.ref}`}>
            {o.name} – {t(`futurePlan.portal.helperKind.${o.kind}`)}
          </option>
        ))}
      </SelectField>
      <Button type="submit" appearance="primary-action" busy={save.isPending} disabled={!choice}>
        {t('futurePlan.portal.helperSave')}
      </Button>
      {save.isError && <Alert type="error">{errorMessage(save.error, language, t)}</Alert>}
    </form>
  );
}

function TopicItem({ plan, topic }: { plan: FuturePlan; topic: PlanTopic }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const title = topic.title[language];
  const [status, setStatus] = useState<FuturePlanTopicStatus>(topic.status);
  const save = useTopicUpdate(plan, topic);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!save.isPending) save.mutate({ status });
  };
  return (
    <li className={topic.active ? 'future-plan-topic' : 'future-plan-topic future-plan-topic--inactive'}>
      <Heading level={3}>{title}</Heading>
      <Paragraph>{topic.explanation[language]}</Paragraph>
      <Paragraph>
        {t('futurePlan.portal.due', { date: formatDate(topic.dueDate, language) })}
        {topic.overdue && <strong> {t('futurePlan.portal.late')}</strong>}
      </Paragraph>
      {!topic.active ? (
        <Paragraph>
          <StatusBadge status="inactive">{t(`futurePlan.status.${topic.status}`)}</StatusBadge>{' '}
          {t('futurePlan.portal.notInUse')}
        </Paragraph>
      ) : plan.may.updateTopics ? (
        <form className="future-plan-status-form" onSubmit={submit}>
          <RadioGroup
            legend={t('futurePlan.portal.statusQuestion', { title })}
            name={`status-${plan.id}-${topic.key}`}
            value={status}
            options={TOPIC_STATUSES.map((s) => ({
              value: s,
              label: t(`futurePlan.portal.statusChoice.${s}`),
            }))}
            onChange={(value) => {
              save.reset();
              setStatus(value);
            }}
          />
          <Button
            type="submit"
            busy={save.isPending}
            aria-label={t('futurePlan.portal.saveTopic', { title })}
          >
            {t('futurePlan.portal.save')}
          </Button>
          {save.isSuccess && <Alert type="ok">{t('futurePlan.portal.saved')}</Alert>}
        </form>
      ) : (
        <Paragraph>{t(`futurePlan.status.${topic.status}`)}</Paragraph>
      )}
      {save.isError && <Alert type="error">{errorMessage(save.error, language, t)}</Alert>}
    </li>
  );
}

function PlanView({ plan, own }: { plan: FuturePlan; own: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="future-plan" aria-labelledby={`fp-${plan.id}`}>
      <Heading level={2} id={`fp-${plan.id}`}>
        {own
          ? t('futurePlan.portal.title')
          : t('futurePlan.portal.otherYouth', { name: plan.youthFirstName })}
      </Heading>
      <Paragraph lead className="future-plan-countdown">
        {plan.daysUntil18 > 0
          ? t('futurePlan.portal.countdown', { count: plan.daysUntil18 })
          : t('futurePlan.portal.past')}
      </Paragraph>
      <Heading level={3}>{t('futurePlan.portal.helperTitle')}</Heading>
      <Paragraph>
        {plan.helper
          ? t('futurePlan.portal.helperNow', { name: plan.helper.name })
          : t('futurePlan.portal.helperNone')}
      </Paragraph>
      {plan.may.chooseHelper && <HelperPicker plan={plan} />}
      <Heading level={3}>{t('futurePlan.portal.topicsTitle')}</Heading>
      <ul className="future-plan-topics">
        {plan.topics.map((topic) => (
          <TopicItem key={topic.key} plan={plan} topic={topic} />
        ))}
      </ul>
      <Heading level={3}>{t('futurePlan.portal.continuityTitle')}</Heading>
      <ContinuityText plan={plan} />
    </section>
  );
}

/** The youth's toekomstplan in the portal (B1): countdown, her helper, how far she is with each topic. */
export function PortalFuturePlanPage() {
  const { t } = useTranslation();
  usePageTitle(t('futurePlan.portal.title'));
  const plans = useQuery(portalFuturePlansQuery);
  return (
    <div aria-busy={plans.isPending}>
      <Paragraph>
        <Link to="/mijn-plan">{t('portal.title')}</Link>
      </Paragraph>
      <Heading level={1}>{t('futurePlan.portal.title')}</Heading>
      <Paragraph lead>{t('futurePlan.portal.intro')}</Paragraph>
      {plans.isPending && <LoadingState />}
      {plans.isError && <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />}
      {plans.isSuccess && plans.data.plans.length === 0 && (
        <Paragraph>{t('futurePlan.portal.none')}</Paragraph>
      )}
      {plans.isSuccess &&
        plans.data.plans.map((plan) => <PlanView key={plan.id} plan={plan} own={plan.may.chooseHelper} />)}
    </div>
  );
}
