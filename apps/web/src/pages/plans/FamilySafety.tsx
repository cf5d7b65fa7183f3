import type { SafetyPlanView } from '@een-plan/contracts';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { safetyPlanApi } from '../../api/safety-plan-api.ts';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import { formatDate } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { Part } from './SafetyPlanView.tsx';
import { SafetyScoreField } from './SafetyRecordForms.tsx';
import type { PlanAction } from './use-plan-action.ts';

/**
 * A parent or a youth of 12+ gives their own score on the safety scale in the portal: about
 * themself, dated today by the server. A youth is addressed with "je", a parent with "u".
 */
export function OwnScoreForm({ view, action }: { view: SafetyPlanView; action: PlanAction }) {
  const { t } = useTranslation();
  const [score, setScore] = useState('');
  const youth = view.partial;
  async function submit(event: FormEvent) {
    event.preventDefault();
    // The score stays in the field after saving: emptying a required field would mark it invalid.
    await action.run(
      () => safetyPlanApi.ownScore(view.householdId, { score: Number(score) }),
      t(youth ? 'safetyPlan.family.savedYouth' : 'safetyPlan.family.saved'),
    );
  }
  return (
    <form onSubmit={submit} className="safety-plan__record" aria-labelledby="safety-own-score-title">
      <Heading level={3} id="safety-own-score-title">
        {t(youth ? 'safetyPlan.family.scoreTitleYouth' : 'safetyPlan.family.scoreTitle')}
      </Heading>
      <Paragraph>{t(youth ? 'safetyPlan.family.scoreHelpYouth' : 'safetyPlan.family.scoreHelp')}</Paragraph>
      <SafetyScoreField label={t('safetyPlan.family.score')} value={score} onChange={setScore} />
      <Button
        type="submit"
        appearance="primary-action"
        busy={action.busy}
        disabled={action.busy || score === ''}
      >
        {t('safetyPlan.family.save')}
      </Button>
    </form>
  );
}

/**
 * A youth's part of the safety section, in plain words: what must happen so they are safe, who
 * helps them, what they do themself, and their own scores. The server sends only this part.
 */
export function YouthSafetyView({ view }: { view: SafetyPlanView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const s = view.section;
  const none = <Paragraph>{t('safetyPlan.family.none')}</Paragraph>;
  const list = (items: Array<{ key: string; text: ReactNode }>) =>
    items.length === 0 ? (
      none
    ) : (
      <UnorderedList>
        {items.map((i) => (
          <UnorderedListItem key={i.key}>{i.text}</UnorderedListItem>
        ))}
      </UnorderedList>
    );
  return (
    <div className="safety-plan">
      <Paragraph>{t('safetyPlan.family.partIntro')}</Paragraph>
      <Part id="safety-youth-goals" title={t('safetyPlan.family.goals')}>
        {list(s.goals.map((g) => ({ key: g.id, text: g.text })))}
      </Part>
      <Part id="safety-youth-network" title={t('safetyPlan.family.network')}>
        {list(s.networkRoles.map((r) => ({ key: r.id, text: `${r.label}: ${r.task}` })))}
      </Part>
      {s.checks.length > 0 && (
        <Part id="safety-youth-checks" title={t('safetyPlan.family.ownChecks')}>
          {list(
            s.checks.map((c) => ({
              key: c.id,
              text: t('safetyPlan.family.checkDue', {
                what: c.description,
                date: formatDate(c.dueDate, language),
              }),
            })),
          )}
        </Part>
      )}
      <Part id="safety-youth-scores" title={t('safetyPlan.family.ownScores')}>
        {view.scores.length === 0 ? (
          <Paragraph>{t('safetyPlan.family.noScores')}</Paragraph>
        ) : (
          list(
            view.scores.map((x, i) => ({
              key: `${x.scoredOn}-${i}`,
              text: t('safetyPlan.family.ownScore', {
                score: x.score,
                date: formatDate(x.scoredOn, language),
              }),
            })),
          )
        )}
      </Part>
      <Paragraph>{t('safetyPlan.family.help')}</Paragraph>
    </div>
  );
}
