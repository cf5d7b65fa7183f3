import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type BreakGlassReviewItem,
  breakGlassApi,
  breakGlassReviewsQuery,
} from '../../api/break-glass-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatMoment } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { ButtonGroup, TextAreaField } from '../plans/fields.tsx';
import '../referrals/referrals.css';

function ReviewCard({ item }: { item: BreakGlassReviewItem }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const review = useMutation({
    mutationFn: (outcome: 'justified' | 'not_justified') =>
      breakGlassApi.review(item.id, { outcome, ...(note.trim() ? { note: note.trim() } : {}) }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: breakGlassReviewsQuery.queryKey }),
  });
  function judge(outcome: 'justified' | 'not_justified') {
    // The server refuses it too; saying so here spares a round trip and keeps the typed note.
    const missing = outcome === 'not_justified' && note.trim().length < 10;
    setNoteMissing(missing);
    if (!missing) review.mutate(outcome);
  }
  const titleId = `bg-review-${item.id}`;
  return (
    <article className="referral-card" aria-labelledby={titleId}>
      <Heading level={2} id={titleId}>
        {t('breakGlassReview.itemTitle', { who: item.userName, at: formatMoment(item.openedAt, language) })}
      </Heading>
      {item.reviewMandatory && (
        <p className="utrecht-paragraph">
          <StatusBadge status="warning">{t('breakGlassReview.mandatory')}</StatusBadge>
        </p>
      )}
      <dl className="referral-dl">
        <dt>{t('breakGlassReview.household')}</dt>
        <dd>{item.householdName}</dd>
        <dt>{t('breakGlassReview.reason')}</dt>
        <dd>{item.reason}</dd>
        <dt>{t('breakGlassReview.until')}</dt>
        <dd>{formatMoment(item.expiresAt, language)}</dd>
        <dt>{t('breakGlassReview.family')}</dt>
        <dd>
          {item.withheldFromFamily
            ? t('breakGlassReview.withheld', { ground: item.legalGround ?? '' })
            : t('breakGlassReview.shown')}
        </dd>
      </dl>
      <TextAreaField
        label={t('breakGlassReview.note')}
        value={note}
        maxLength={2000}
        aria-describedby={noteMissing ? `${titleId}-note-error` : undefined}
        aria-invalid={noteMissing || undefined}
        onChange={(e) => setNote(e.target.value)}
      />
      {noteMissing && (
        <Alert type="error">
          <span id={`${titleId}-note-error`}>{t('breakGlassReview.noteRequired')}</span>
        </Alert>
      )}
      {review.isError && <ErrorState error={review.error} />}
      <ButtonGroup>
        <Button
          appearance="primary-action"
          busy={review.isPending && review.variables === 'justified'}
          onClick={() => judge('justified')}
        >
          {t('breakGlassReview.justified')}
        </Button>
        <Button
          busy={review.isPending && review.variables === 'not_justified'}
          onClick={() => judge('not_justified')}
        >
          {t('breakGlassReview.notJustified')}
        </Button>
      </ButtonGroup>
    </article>
  );
}

/** The team lead's review queue of break-glass accesses in the team's households. */
export function BreakGlassReviewsPage() {
  const { t } = useTranslation();
  usePageTitle(t('breakGlassReview.title'));
  const reviews = useQuery(breakGlassReviewsQuery);
  return (
    <div aria-busy={reviews.isPending}>
      <Heading level={1}>{t('breakGlassReview.title')}</Heading>
      <Paragraph lead>{t('breakGlassReview.intro')}</Paragraph>
      {reviews.isPending && <LoadingState />}
      {reviews.isError && <ErrorState error={reviews.error} onRetry={() => void reviews.refetch()} />}
      {reviews.data &&
        (reviews.data.items.length === 0 ? (
          <Alert type="ok">{t('breakGlassReview.empty')}</Alert>
        ) : (
          reviews.data.items.map((item) => <ReviewCard key={item.id} item={item} />)
        ))}
    </div>
  );
}
