import type { FamilyPlan, PlanDiff, PlanState } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge, type StatusBadgeStatus } from '../../components/StatusBadge.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import { formatDate } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { useLifeDomains } from '../../i18n/use-life-domains.ts';
import './plans.css';

const STATE_BADGE: Record<PlanState, StatusBadgeStatus> = {
  concept: 'neutral',
  agreed: 'success',
  active: 'active',
  in_evaluation: 'warning',
  closed: 'inactive',
};

export function PlanStateBadge({ state }: { state: PlanState }) {
  const { t } = useTranslation();
  return <StatusBadge status={STATE_BADGE[state]}>{t(`plans.state.${state}`)}</StatusBadge>;
}

/**
 * Life domain names in the current language, from the i18n bundle (there on the first render).
 * `plain`: the resident's words.
 */
export function useDomainNames(plain = false): Map<string, string> {
  return new Map(useLifeDomains(plain).map((d) => [d.code, d.name]));
}

/** Kept for the plan pages that import it from here. */
export { formatDate };

interface MarkDone {
  actionIds: readonly string[];
  onDone: (actionId: string) => void;
  busy: boolean;
}

/** Goals with their actions: who does what, at which level, how far along. */
export function PlanGoals({
  plan,
  markDone,
  plain = false,
}: {
  plan: FamilyPlan;
  markDone?: MarkDone;
  /** The resident's words for the life domains. */
  plain?: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const domains = useDomainNames(plain);
  if (plan.goals.length === 0) return <Paragraph>{t('plans.noGoals')}</Paragraph>;
  return (
    <ol className="plan-goals">
      {plan.goals.map((goal, index) => (
        <li key={goal.id} className="plan-goal">
          <Heading level={3}>
            {t('plans.goal.heading', { number: index + 1, description: goal.description })}
          </Heading>
          <dl className="plan-facts">
            <dt>{plain ? t('plans.portal.goalDomain') : t('plans.goal.domain')}</dt>
            <dd>{domains.get(goal.domainCode) ?? goal.domainCode}</dd>
            <dt>{t('plans.goal.achievedWhen')}</dt>
            <dd>{goal.achievedWhen}</dd>
            <dt>{t('plans.goal.priority')}</dt>
            <dd>{t(`plans.priority.${goal.priority}`)}</dd>
            <dt>{t('plans.goal.targetDate')}</dt>
            <dd>{goal.targetDate ? formatDate(goal.targetDate, language) : t('plans.goal.noDate')}</dd>
          </dl>
          {goal.actions.length === 0 ? (
            <Paragraph>{t('plans.action.noActions')}</Paragraph>
          ) : (
            <ul className="plan-actions" aria-label={t('plans.action.caption', { number: index + 1 })}>
              {goal.actions.map((action) => (
                <li key={action.id} className="plan-action" data-action-id={action.id}>
                  <p className="utrecht-paragraph">
                    <strong>{action.owner.label}</strong> ({t(`plans.ownerKind.${action.owner.kind}`)}):{' '}
                    {action.description}
                  </p>
                  <p className="utrecht-paragraph utrecht-paragraph--small">
                    {t(`plans.level.l${action.level as 0 | 1 | 2}`)} · {t('plans.action.status')}:{' '}
                    {t(`plans.actionStatus.${action.status}`)}
                    {(action.startDate || action.endDate) &&
                      ` · ${t('plans.action.period')}: ${formatDate(action.startDate, language)} – ${formatDate(action.endDate, language)}`}
                  </p>
                  {markDone?.actionIds.includes(action.id) && action.status !== 'done' && (
                    <Button
                      busy={markDone.busy}
                      disabled={markDone.busy}
                      onClick={() => markDone.onDone(action.id)}
                    >
                      {t('plans.action.markDone', { action: action.description })}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

export function AgreementStatus({ plan }: { plan: FamilyPlan }) {
  const { t } = useTranslation();
  return (
    <UnorderedList>
      {plan.requiredAgreements.map((r) => (
        <UnorderedListItem key={`${r.party}-${r.personId ?? ''}`}>
          {r.name} ({t(`plans.reason.${r.reason}`)}):{' '}
          {r.agreed ? t('plans.agreements.agreed') : t('plans.agreements.notAgreed')}
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

/** A readable list of what changed between two versions. */
export function DiffList({ diff }: { diff: PlanDiff }) {
  const { t } = useTranslation();
  const fields = (changes: Array<{ field: string }>) =>
    changes.map((c) => t(`plans.diff.fields.${c.field as 'description'}`)).join(', ');
  const lines = [
    ...(diff.vision ? [t('plans.diff.vision')] : []),
    ...diff.goals.added.map((g) => t('plans.diff.goalsAdded', { text: g.description })),
    ...diff.goals.removed.map((g) => t('plans.diff.goalsRemoved', { text: g.description })),
    ...diff.goals.changed.map((g) =>
      t('plans.diff.goalsChanged', { text: g.description, fields: fields(g.changes) }),
    ),
    ...diff.actions.added.map((a) => t('plans.diff.actionsAdded', { text: a.description })),
    ...diff.actions.removed.map((a) => t('plans.diff.actionsRemoved', { text: a.description })),
    ...diff.actions.changed.map((a) =>
      t('plans.diff.actionsChanged', { text: a.description, fields: fields(a.changes) }),
    ),
    ...(['added', 'removed', 'changed'] as const).flatMap((kind) =>
      (diff.safety?.[kind] ?? []).map((x) =>
        t(`plans.diff.safety${kind === 'added' ? 'Added' : kind === 'removed' ? 'Removed' : 'Changed'}`, {
          part: t(`plans.diff.safetyParts.${x.part}`),
          text: x.text,
        }),
      ),
    ),
  ];
  if (lines.length === 0) return <Paragraph>{t('plans.diff.none')}</Paragraph>;
  return (
    <UnorderedList>
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are derived text without ids
        <UnorderedListItem key={i}>{line}</UnorderedListItem>
      ))}
    </UnorderedList>
  );
}
