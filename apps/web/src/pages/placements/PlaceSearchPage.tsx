import type { PlaceHit, PlacementMeasure, PlaceSearchQuery } from '@een-plan/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PLACEMENT_EVENTS_URL,
  placementKeys,
  placeSearchQuery,
  searchParams,
} from '../../api/placements-api.ts';
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
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { ButtonGroup, DateField, Fieldset, SelectField, TextField } from '../plans/fields.tsx';
import { formatDate } from '../plans/PlanView.tsx';
import { MyReservations } from './MyReservations.tsx';
import { ReserveForm } from './ReserveForm.tsx';

const today = () => new Date().toISOString().slice(0, 10);

/** Re-runs the search when the server says availability changed (server-sent events). */
function useLiveAvailability() {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(PLACEMENT_EVENTS_URL);
    source.addEventListener('places', () => {
      void queryClient.invalidateQueries({ queryKey: placementKeys.all });
    });
    return () => source.close();
  }, [queryClient]);
}

/** Coordinator: free places near the family, "zo thuis mogelijk" first, live; reserve one. */
export function PlaceSearchPage() {
  const { t } = useTranslation();
  usePageTitle(t('placements.title'));
  useLiveAvailability();
  const householdId = new URLSearchParams(window.location.search).get('huishouden') ?? '';
  const [postcode, setPostcode] = useState('');
  const [age, setAge] = useState('');
  const [date, setDate] = useState(today());
  const [maxKm, setMaxKm] = useState('50');
  const [closed, setClosed] = useState(false);
  const [measure, setMeasure] = useState<PlacementMeasure>('machtiging_gesloten');
  const [reference, setReference] = useState('');
  const [query, setQuery] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const q: PlaceSearchQuery = {
      postcode,
      age: Number(age),
      date,
      maxKm: Number(maxKm),
      ...(closed ? { measure, measureReference: reference } : {}),
    };
    setQuery(searchParams(q));
  }

  return (
    <div>
      <Heading level={1}>{t('placements.title')}</Heading>
      <Paragraph lead>{t('placements.intro')}</Paragraph>
      <form onSubmit={submit} noValidate={false}>
        <Fieldset legend={t('placements.searchLegend')}>
          <TextField
            label={t('placements.postcode')}
            value={postcode}
            onChange={(e) => setPostcode(e.target.value)}
            inputMode="numeric"
            autoComplete="postal-code"
            required
          />
          <TextField
            label={t('placements.age')}
            type="number"
            min={0}
            max={23}
            value={age}
            onChange={(e) => setAge(e.target.value)}
            required
          />
          <DateField label={t('placements.date')} value={date} onChange={setDate} required />
          <TextField
            label={t('placements.maxKm')}
            type="number"
            min={1}
            max={150}
            value={maxKm}
            onChange={(e) => setMaxKm(e.target.value)}
          />
          <div className="utrecht-form-field utrecht-form-field--checkbox">
            <label className="utrecht-form-label utrecht-form-label--checkbox">
              <input
                type="checkbox"
                className="utrecht-checkbox utrecht-checkbox--html-input"
                checked={closed}
                onChange={(e) => setClosed(e.target.checked)}
              />{' '}
              {t('placements.includeClosed')}
            </label>
          </div>
          {closed && (
            <>
              <SelectField
                label={t('placements.measure')}
                value={measure}
                onChange={(e) => setMeasure(e.target.value as PlacementMeasure)}
              >
                <option value="machtiging_gesloten">{t('placements.measures.machtiging_gesloten')}</option>
                <option value="spoedmachtiging_gesloten">
                  {t('placements.measures.spoedmachtiging_gesloten')}
                </option>
              </SelectField>
              <TextField
                label={t('placements.measureReference')}
                value={reference}
                onChange={(e) => setReference(e.target.value)}
                required
              />
            </>
          )}
          <ButtonGroup>
            <Button type="submit" appearance="primary-action">
              {t('placements.search')}
            </Button>
          </ButtonGroup>
        </Fieldset>
      </form>
      {query !== null && <SearchResults query={query} householdId={householdId} startDate={date} />}
      <MyReservations />
    </div>
  );
}

function SearchResults({
  query,
  householdId,
  startDate,
}: {
  query: string;
  householdId: string;
  startDate: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const result = useQuery(placeSearchQuery(query));
  const [reserving, setReserving] = useState<PlaceHit | null>(null);
  if (result.isPending) return <LoadingState />;
  if (result.isError) return <ErrorState error={result.error} onRetry={() => void result.refetch()} />;
  const places = result.data.places;
  const columns = {
    type: t('placements.columns.type'),
    provider: t('placements.columns.provider'),
    ages: t('placements.columns.ages'),
    where: t('placements.columns.where'),
    freeConfirmed: t('placements.columns.freeConfirmed'),
    notes: t('placements.columns.notes'),
    action: t('placements.columns.action'),
  };
  return (
    <section aria-labelledby="placement-results">
      <Heading level={2} id="placement-results">
        {t('placements.results')}
      </Heading>
      <Paragraph>{t('placements.live')}</Paragraph>
      {places.length === 0 ? (
        <Paragraph>{t('placements.empty')}</Paragraph>
      ) : (
        <Table
          caption={t('placements.results')}
          hideCaption
          className="een-plan-table--many-columns een-plan-table--stack"
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{columns.type}</TableHeaderCell>
              <TableHeaderCell>{columns.provider}</TableHeaderCell>
              <TableHeaderCell>{columns.ages}</TableHeaderCell>
              <TableHeaderCell>{columns.where}</TableHeaderCell>
              <TableHeaderCell>{columns.freeConfirmed}</TableHeaderCell>
              <TableHeaderCell>{columns.notes}</TableHeaderCell>
              <TableHeaderCell>{columns.action}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {places.map((p) => (
              <TableRow key={p.id} data-place-id={p.id} data-place-type={p.placeType}>
                {/* On a phone the rows stack, each value under its column's name (data-label). */}
                <TableCell data-label={columns.type}>{t(`placements.types.${p.placeType}`)}</TableCell>
                <TableCell data-label={columns.provider}>{p.organisationName}</TableCell>
                <TableCell data-label={columns.ages}>
                  {t('placements.ageRange', { min: p.minAge, max: p.maxAge })}
                </TableCell>
                <TableCell data-label={columns.where}>
                  {/* Distance first: the search orders by it within each type. */}
                  <strong>{t('placements.km', { km: (p.distanceKm ?? 0).toLocaleString(language) })}</strong>
                  <br />
                  {p.postcode} · {p.region}
                </TableCell>
                <TableCell data-label={columns.freeConfirmed}>
                  <strong>{t('placements.freeCount', { count: p.free })}</strong>
                  <br />
                  {t('placements.confirmedOn', { date: formatDate(p.lastConfirmedAt, language) })}
                  {p.stale && (
                    <>
                      {' '}
                      <StatusBadge status="warning">
                        <span title={t('placements.staleHint')}>{t('placements.stale')}</span>
                      </StatusBadge>
                    </>
                  )}
                </TableCell>
                <TableCell data-label={p.notes ? columns.notes : undefined}>{p.notes}</TableCell>
                <TableCell>
                  <Button onClick={() => setReserving(p)}>{t('placements.reserve')}</Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {reserving && (
        <ReserveForm
          place={reserving}
          householdId={householdId}
          startDate={startDate}
          measureQuery={query}
          onDone={() => setReserving(null)}
        />
      )}
    </section>
  );
}
