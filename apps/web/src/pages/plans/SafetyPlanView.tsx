import { safetyCheckAnchor, type SafetyPlanView as View } from '@een-plan/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import { amsterdamToday, formatDate } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/use-language.ts';

import { SafetyScaleChart } from './SafetyScaleChart.tsx';

type Check = View['section']['checks'][number];

/** done / missed (date passed, not recorded) / planned — the same rule as the coordinator's task. */
function checkStatus(view: View, check: Check, today = amsterdamToday()) {
  const done = view.checksDone.filter((d) => d.checkId === check.id).at(-1);
  if (done) return { kind: 'done' as const, on: done.checkedOn };
  return { kind: check.dueDate < today ? ('missed' as const) : ('planned' as const), on: null };
}

/** One titled part of the safety section, in the coordinator's and the family's views alike. */
export function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="safety-plan__part">
      <Heading level={3} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/**
 * The safety section as everyone reads it: worries, what goes well, what must happen (conditions
 * of Veilig Thuis or the GI marked as such), who in the network does what, the checks with their
 * state, and the safety scale. `after` holds per-check controls (recording a check) when allowed.
 */
export function SafetyPlanView({
  view,
  checkControls,
}: {
  view: View;
  checkControls?: (check: Check) => ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const s = view.section;
  const none = <Paragraph>{t('safetyPlan.none')}</Paragraph>;
  return (
    <div className="safety-plan">
      <Part id="safety-worries" title={t('safetyPlan.worries')}>
        {s.worries.length === 0 ? (
          none
        ) : (
          <UnorderedList>
            {s.worries.map((w) => (
              <UnorderedListItem key={w.id}>
                <strong>{t(`safetyPlan.worryKind.${w.kind}`)}:</strong> {w.text}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </Part>
      <Part id="safety-strengths" title={t('safetyPlan.strengths')}>
        {s.strengths.length === 0 ? (
          none
        ) : (
          <UnorderedList>
            {s.strengths.map((x) => (
              <UnorderedListItem key={x.id}>{x.text}</UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </Part>
      <Part id="safety-goals" title={t('safetyPlan.goals')}>
        {s.goals.length === 0 ? (
          none
        ) : (
          <UnorderedList>
            {s.goals.map((g) => (
              <UnorderedListItem key={g.id}>
                {g.setBy !== 'plan' && (
                  <>
                    <StatusBadge status="warning">{t(`safetyPlan.condition.${g.setBy}`)}</StatusBadge>{' '}
                  </>
                )}
                {g.text}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </Part>
      <Part id="safety-network" title={t('safetyPlan.network')}>
        {s.networkRoles.length === 0 ? (
          none
        ) : (
          <UnorderedList>
            {s.networkRoles.map((r) => (
              <UnorderedListItem key={r.id}>
                <strong>{r.label}:</strong> {r.task}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </Part>
      <Part id="safety-checks" title={t('safetyPlan.checks')}>
        {s.checks.length === 0 ? (
          none
        ) : (
          <ul className="safety-plan__checks">
            {s.checks.map((c) => {
              const status = checkStatus(view, c);
              return (
                // The id is where a missed check's task lands (tabIndex: it can take the focus then).
                <li key={c.id} id={safetyCheckAnchor(c.id)} tabIndex={-1} className="safety-plan__check">
                  <Paragraph>
                    {c.description}{' '}
                    <StatusBadge
                      status={
                        status.kind === 'done' ? 'success' : status.kind === 'missed' ? 'warning' : 'neutral'
                      }
                    >
                      {t(`safetyPlan.checkStatus.${status.kind}`, { date: formatDate(status.on, language) })}
                    </StatusBadge>
                  </Paragraph>
                  <Paragraph>
                    {t('safetyPlan.checkBy', { who: c.checker.label, date: formatDate(c.dueDate, language) })}
                  </Paragraph>
                  {checkControls?.(c)}
                </li>
              );
            })}
          </ul>
        )}
      </Part>
      <SafetyScaleChart scores={view.scores} threshold={view.threshold} />
    </div>
  );
}
