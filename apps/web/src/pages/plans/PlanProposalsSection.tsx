import type { FamilyPlan } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { planApi } from '../../api/plans-api.ts';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import { ButtonGroup } from './fields.tsx';
import type { PlanAction } from './use-plan-action.ts';

/** The family's open proposals; the coordinator accepts or declines each. */
export function PlanProposalsSection({ plan, action }: { plan: FamilyPlan; action: PlanAction }) {
  const { t } = useTranslation();
  const openProposals = plan.proposals.filter((p) => p.status === 'open');
  return (
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
  );
}
