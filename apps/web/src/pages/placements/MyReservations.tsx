import type { Reservation } from '@een-plan/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placementApi, placementKeys, reservationsQuery } from '../../api/placements-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatDate } from '../../i18n/dates.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';

const badge = (status: Reservation['status']) =>
  status === 'held' ? 'warning' : status === 'confirmed' ? 'success' : 'inactive';

/** The coordinator's reservations: what is still held (and can be let go), answered or expired. */
export function MyReservations() {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const list = useQuery(reservationsQuery);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function cancel(id: string) {
    setBusy(id);
    setError(null);
    try {
      await placementApi.cancel(id);
    } catch (e) {
      setError(e);
    } finally {
      await queryClient.invalidateQueries({ queryKey: placementKeys.all });
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby="my-reservations">
      <Heading level={2} id="my-reservations">
        {t('placements.myReservations')}
      </Heading>
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {error !== null && <Alert type="error">{errorMessage(error, language, t)}</Alert>}
      {list.data && list.data.reservations.length === 0 && (
        <Paragraph>{t('placements.noReservations')}</Paragraph>
      )}
      {list.data && list.data.reservations.length > 0 && (
        <ul className="utrecht-unordered-list">
          {list.data.reservations.map((r) => (
            <li key={r.id} className="utrecht-unordered-list__item" data-reservation-id={r.id}>
              <StatusBadge status={badge(r.status)}>
                {t(`placements.reservationStatus.${r.status}`)}
              </StatusBadge>{' '}
              {r.personFirstName} · {t(`placements.types.${r.placeType}`)} · {r.organisationName} ·{' '}
              {formatDate(r.startDate, language)}
              {r.status === 'held' &&
                ` · ${t('placements.expires', { date: formatDate(r.expiresAt, language) })}`}
              {r.assignmentId !== null && ` · ${t('placements.assignmentSent')}`}
              {r.status === 'held' && (
                <>
                  {' '}
                  <Button
                    appearance="subtle"
                    busy={busy === r.id}
                    onClick={() => void cancel(r.id)}
                    aria-label={t('placements.cancelReservationFor', { name: r.personFirstName })}
                  >
                    {t('placements.cancelReservation')}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
