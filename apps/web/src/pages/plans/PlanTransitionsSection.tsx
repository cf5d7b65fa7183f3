import type { FamilyPlan } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { planApi } from '../../api/plans-api.ts';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { ButtonGroup } from './fields.tsx';
import type { PlanAction } from './use-plan-action.ts';

/** The next states the plan may move to (e.g. active, closed), one button each. */
export function PlanTransitionsSection({ plan, action }: { plan: FamilyPlan; action: PlanAction }) {
  const { t } = useTranslation();
  if (plan.can.transitions.length === 0) return null;
  return (
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
  );
}
