import type { FamilyPlan } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { planApi } from '../../api/plans-api.ts';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { ButtonGroup } from './fields.tsx';
import { AgreementStatus } from './PlanView.tsx';
import type { PlanAction } from './use-plan-action.ts';

/** Who has agreed to this version; the coordinator agrees, or records a family member's agreement. */
export function PlanAgreementsSection({ plan, action }: { plan: FamilyPlan; action: PlanAction }) {
  const { t } = useTranslation();
  const coordinatorAgreed = plan.requiredAgreements.find((r) => r.party === 'coordinator')?.agreed ?? false;
  return (
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
          .flatMap((r) =>
            r.party === 'person' &&
            !r.agreed &&
            r.personId &&
            plan.can.recordAgreementFor.includes(r.personId)
              ? [{ ...r, personId: r.personId }]
              : [],
          )
          .map((r) => (
            <Button
              key={r.personId}
              busy={action.busy}
              disabled={action.busy}
              onClick={() => void action.run(() => planApi.agree(plan.householdId, plan.version, r.personId))}
            >
              {t('plans.agreements.recordFor', { name: r.name })}
            </Button>
          ))}
      </ButtonGroup>
    </section>
  );
}
