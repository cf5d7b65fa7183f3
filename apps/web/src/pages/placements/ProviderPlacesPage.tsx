import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ownPlacesQuery, placementApi, reservationsQuery } from '../../api/placements-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../../components/Table.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { ButtonGroup } from '../plans/fields.tsx';
import { formatDate } from '../plans/PlanView.tsx';
import { PublishPlaceForm } from './PublishPlaceForm.tsx';
import { usePlacementChange } from './use-placement-change.ts';

/** Provider: our published places (confirm weekly), publish a new one, answer reservations. */
export function ProviderPlacesPage() {
  const { t } = useTranslation();
  usePageTitle(t('placements.provider.title'));
  return (
    <div>
      <Heading level={1}>{t('placements.provider.title')}</Heading>
      <Paragraph lead>{t('placements.provider.intro')}</Paragraph>
      <ReservationsToAnswer />
      <OwnPlaces />
      <PublishPlaceForm />
    </div>
  );
}

function OwnPlaces() {
  const { t } = useTranslation();
  const language = useLanguage();
  const places = useQuery(ownPlacesQuery);
  const action = usePlacementChange();
  return (
    <section aria-labelledby="own-places">
      <Heading level={2} id="own-places">
        {t('placements.provider.places')}
      </Heading>
      {places.isPending && <LoadingState />}
      {places.isError && <ErrorState error={places.error} onRetry={() => void places.refetch()} />}
      {action.error !== null && <Alert type="error">{errorMessage(action.error, language, t)}</Alert>}
      {places.data && places.data.places.length === 0 && (
        <Paragraph>{t('placements.provider.empty')}</Paragraph>
      )}
      {places.data && places.data.places.length > 0 && (
        <Table caption={t('placements.provider.places')} hideCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('placements.columns.type')}</TableHeaderCell>
              <TableHeaderCell>{t('placements.columns.where')}</TableHeaderCell>
              <TableHeaderCell>{t('placements.columns.ages')}</TableHeaderCell>
              <TableHeaderCell>{t('placements.columns.free')}</TableHeaderCell>
              <TableHeaderCell>{t('placements.columns.confirmed')}</TableHeaderCell>
              <TableHeaderCell>{t('placements.columns.action')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {places.data.places.map((p) => (
              <TableRow key={p.id} data-place-id={p.id}>
                <TableCell>{t(`placements.types.${p.placeType}`)}</TableCell>
                <TableCell>
                  {p.postcode} · {p.region}
                </TableCell>
                <TableCell>{t('placements.ageRange', { min: p.minAge, max: p.maxAge })}</TableCell>
                <TableCell>
                  {p.free} / {p.places} ({p.reserved} {t('placements.provider.reservedCount')}, {p.occupied}{' '}
                  {t('placements.provider.occupied')})
                </TableCell>
                <TableCell>
                  {formatDate(p.lastConfirmedAt, language)}
                  {p.stale && (
                    <>
                      {' '}
                      <StatusBadge status="warning">{t('placements.stale')}</StatusBadge>
                    </>
                  )}
                </TableCell>
                <TableCell>
                  <Button
                    busy={action.busy}
                    onClick={() => void action.run(() => placementApi.confirm(p.id))}
                  >
                    {t('placements.provider.confirm')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

function ReservationsToAnswer() {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useQuery(reservationsQuery);
  const action = usePlacementChange();
  const [answered, setAnswered] = useState<{ name: string; confirm: boolean } | null>(null);
  const answer = (r: { id: string; personFirstName: string }, confirm: boolean) =>
    void action.run(async () => {
      setAnswered(null);
      await placementApi.answer(r.id, { confirm });
      setAnswered({ name: r.personFirstName, confirm });
    });
  const held = (list.data?.reservations ?? []).filter((r) => r.status === 'held');
  return (
    <section aria-labelledby="reservations-to-answer">
      <Heading level={2} id="reservations-to-answer">
        {t('placements.provider.reservations')}
      </Heading>
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {action.error !== null && <Alert type="error">{errorMessage(action.error, language, t)}</Alert>}
      {answered && (
        <Alert type="ok">
          {answered.confirm
            ? t('placements.provider.answeredConfirmed', { name: answered.name })
            : t('placements.provider.answeredDeclined')}
        </Alert>
      )}
      {list.isSuccess && held.length === 0 && (
        <Paragraph>{t('placements.provider.noReservations')}</Paragraph>
      )}
      {held.length > 0 && (
        <ul className="utrecht-unordered-list">
          {held.map((r) => (
            <li key={r.id} className="utrecht-unordered-list__item" data-reservation-id={r.id}>
              {r.personFirstName} · {t(`placements.types.${r.placeType}`)} ·{' '}
              {formatDate(r.startDate, language)} – {formatDate(r.endDate, language)} ·{' '}
              {t('placements.expires', { date: formatDate(r.expiresAt, language) })}
              <ButtonGroup>
                <Button appearance="primary-action" busy={action.busy} onClick={() => answer(r, true)}>
                  {t('placements.provider.accept')}
                </Button>
                <Button busy={action.busy} onClick={() => answer(r, false)}>
                  {t('placements.provider.decline')}
                </Button>
              </ButtonGroup>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
