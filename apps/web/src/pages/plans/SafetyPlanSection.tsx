import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouterState } from '@tanstack/react-router';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.ts';
import { safetyPlanQuery } from '../../api/safety-plan-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { ActionError } from './ActionError.tsx';
import { OwnScoreForm, YouthSafetyView } from './FamilySafety.tsx';
import { ConditionsForm } from './SafetyConditionsForm.tsx';
import { SafetyPlanView } from './SafetyPlanView.tsx';
import { CheckDoneForm, ScoreForm } from './SafetyRecordForms.tsx';
import { SafetySectionForm } from './SafetySectionForm.tsx';
import { usePlanAction } from './use-plan-action.ts';

/**
 * A task links to one check of the section (`#veiligheidscontrole-…`). The section loads after the
 * page, so the router's own jump to the fragment finds nothing yet: once it is shown, the check is
 * scrolled to and takes the focus (keyboard and screen reader start there). Once per page visit.
 */
function useLandOnFragment(section: RefObject<HTMLElement | null>, ready: boolean) {
  const landed = useRef(false);
  const hash = useRouterState({ select: (s) => s.location.hash });
  useEffect(() => {
    if (!ready || landed.current) return;
    const id = decodeURIComponent(hash);
    const target = id ? document.getElementById(id) : null;
    if (!target || !section.current?.contains(target)) return;
    // After this render's other effects: the layout focuses <main> and the router scrolls to the top.
    const frame = requestAnimationFrame(() => {
      landed.current = true;
      // Optional: a browser without layout (a test's) has no scrolling.
      target.scrollIntoView?.({ block: 'start' });
      target.focus({ preventScroll: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [section, ready, hash]);
}

/**
 * The safety section of a household's plan with its own data loading: for the coordinator (edit,
 * record checks and scores), the family (read, agreed with the plan), and Veilig Thuis or the GI
 * (read, set their own conditions). A parent or a youth of 12+ gives their own score; a youth reads
 * their part only (YouthSafetyView). `hideDenied` keeps it silent for a reader without access.
 */
export function SafetyPlanSection({
  householdId,
  hideDenied = false,
}: {
  householdId: string;
  hideDenied?: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery(safetyPlanQuery(householdId));
  const action = usePlanAction();
  const [editing, setEditing] = useState(false);
  const section = useRef<HTMLElement>(null);
  useLandOnFragment(section, Boolean(query.data?.safetyPlan) && !editing);
  const denied =
    query.error instanceof ApiError && (query.error.status === 403 || query.error.status === 404);
  if (hideDenied && denied) return null;
  const view = query.data?.safetyPlan;
  return (
    <section ref={section} className="plan-section safety-plan-section" aria-labelledby="veiligheid">
      <Heading level={2} id="veiligheid">
        {t('safetyPlan.title')}
      </Heading>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && !view && <Paragraph>{t('safetyPlan.noPlan')}</Paragraph>}
      {view && view.basis === 'break_glass' && (
        <Alert type="warning">{t('safetyPlan.breakGlassFirst')}</Alert>
      )}
      {view && !view.partial && <Paragraph>{t('safetyPlan.intro')}</Paragraph>}
      <ActionError error={action.error} />
      {action.done && <Alert type="ok">{action.done}</Alert>}
      {view && editing && (
        <SafetySectionForm
          view={view}
          onSaved={() => {
            setEditing(false);
            void queryClient.invalidateQueries({ queryKey: ['plan'] });
          }}
          onCancel={() => setEditing(false)}
        />
      )}
      {view?.partial && <YouthSafetyView view={view} />}
      {view && !editing && !view.partial && (
        <>
          {view.can.edit && (
            <Button appearance="primary-action" onClick={() => setEditing(true)}>
              {t('safetyPlan.edit')}
            </Button>
          )}
          <SafetyPlanView
            view={view}
            checkControls={
              view.can.record
                ? (c) =>
                    view.checksDone.some((d) => d.checkId === c.id) ? null : (
                      <CheckDoneForm householdId={householdId} checkId={c.id} action={action} />
                    )
                : undefined
            }
          />
          {view.can.record && <ScoreForm view={view} action={action} />}
          {view.can.setConditions && <ConditionsForm view={view} action={action} />}
        </>
      )}
      {view?.can.recordOwnScore && <OwnScoreForm view={view} action={action} />}
    </section>
  );
}
