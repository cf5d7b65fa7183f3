import type { FamilyPlan } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { planApi } from '../../api/plans-api.ts';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { ButtonGroup } from './fields.tsx';
import { PlanClosureSection } from './PlanClosureSection.tsx';
import type { PlanAction } from './use-plan-action.ts';

/** The next states the plan may move to (e.g. active, closed), one button each. */
export function PlanTransitionsSection({ plan, action }: { plan: FamilyPlan; action: PlanAction }) {
  const { t } = useTranslation();
  // Closing has its own step that shows what will happen first (PlanClosureSection).
  const moves = plan.can.transitions.filter((to) => to !== 'closed');
  const closure = <PlanClosureSection plan={plan} />;
  if (moves.length === 0) return closure;
  return (
    <>
      <section className="plan-section" aria-labelledby="plan-transitions">
        <Heading level={2} id="plan-transitions">
          {t('plans.transitions.title')}
        </Heading>
        <ButtonGroup>
          {moves.map((to) => (
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
      {closure}
    </>
  );
}
