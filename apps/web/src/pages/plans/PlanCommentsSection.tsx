import type { FamilyPlan } from '@een-plan/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planApi } from '../../api/plans-api.ts';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { TextAreaField } from './fields.tsx';
import { formatDate } from './PlanView.tsx';
import type { PlanAction } from './use-plan-action.ts';

/**
 * The conversation under a plan, shared by the coordinator's and the family's page. The page owns
 * `action`, so a failed comment shows in the page's one error message.
 */
export function PlanCommentsSection({
  plan,
  action,
  headingId,
  className,
}: {
  plan: FamilyPlan;
  action: PlanAction;
  headingId: string;
  className: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [comment, setComment] = useState('');
  return (
    <section className={className} aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
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
  );
}
