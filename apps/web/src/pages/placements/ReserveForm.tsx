import type { PlaceHit, PlacementMeasure } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placementApi } from '../../api/placements-api.ts';
import { householdPlanQuery } from '../../api/plans-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { FormActions } from '../../components/FormActions.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { DateField, Fieldset, SelectField, TextField } from '../plans/fields.tsx';
import { formatDate } from '../plans/PlanView.tsx';
import { usePlacementChange } from './use-placement-change.ts';

const plusDays = (day: string, n: number) =>
  new Date(new Date(`${day}T12:00:00Z`).getTime() + n * 86_400_000).toISOString().slice(0, 10);

/** Reserve a place for a youth of the household, under the plan's action with this provider. */
export function ReserveForm({
  place,
  householdId: initialHousehold,
  startDate: initialStart,
  measureQuery,
  onDone,
}: {
  place: PlaceHit;
  householdId: string;
  startDate: string;
  /** The search's query string: a closed place is reserved under the measure searched with. */
  measureQuery: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { busy, error, run } = usePlacementChange();
  const [householdId, setHouseholdId] = useState(initialHousehold);
  const plan = useQuery({ ...householdPlanQuery(householdId), enabled: householdId !== '' });
  const members = (plan.data?.plan?.members ?? []).filter(
    (m) => m.age >= place.minAge && m.age <= place.maxAge,
  );
  const actions = (plan.data?.plan?.goals ?? [])
    .flatMap((g) => g.actions)
    .filter((a) => a.level === 2 && a.owner.kind === 'provider' && a.owner.ref === place.organisationId);
  const [personId, setPersonId] = useState('');
  const [actionId, setActionId] = useState('');
  const [startDate, setStartDate] = useState(initialStart);
  const [endDate, setEndDate] = useState(plusDays(initialStart, 90));
  const [done, setDone] = useState<string | null>(null);
  const search = new URLSearchParams(measureQuery);
  const measure = search.get('measure') as PlacementMeasure | null;
  const measureReference = search.get('measureReference');

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const held = await placementApi.reserve(place.id, {
        householdId,
        personId: personId || members[0]?.personId || '',
        planActionId: actionId || actions[0]?.id || '',
        startDate,
        endDate,
        ...(measure && measureReference ? { measure, measureReference } : {}),
      });
      setDone(t('placements.reserved', { date: formatDate(held.expiresAt, language) }));
    });
  }

  return (
    <section aria-labelledby="reserve-title" className="placement-reserve">
      <Heading level={3} id="reserve-title">
        {t('placements.reserveTitle', { provider: place.organisationName })}
      </Heading>
      {done ? (
        <Alert type="ok">{done}</Alert>
      ) : (
        <form onSubmit={submit}>
          <Fieldset legend={t(`placements.types.${place.placeType}`)}>
            <TextField
              label={t('placements.household')}
              value={householdId}
              onChange={(e) => setHouseholdId(e.target.value.trim())}
              required
            />
            <SelectField
              label={t('placements.youth')}
              value={personId}
              onChange={(e) => setPersonId(e.target.value)}
            >
              {members.map((m) => (
                <option key={m.personId} value={m.personId}>
                  {m.firstName} ({m.age})
                </option>
              ))}
            </SelectField>
            {householdId !== '' && plan.isSuccess && actions.length === 0 ? (
              <Paragraph>{t('placements.noPlanAction')}</Paragraph>
            ) : (
              <SelectField
                label={t('placements.planAction')}
                value={actionId}
                onChange={(e) => setActionId(e.target.value)}
              >
                {actions.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.description}
                  </option>
                ))}
              </SelectField>
            )}
            <DateField label={t('placements.startDate')} value={startDate} onChange={setStartDate} required />
            <DateField label={t('placements.endDate')} value={endDate} onChange={setEndDate} required />
            <FormActions
              error={error}
              busy={busy}
              disabled={actions.length === 0}
              submit={t('placements.reserveConfirm')}
              cancel={t('placements.cancel')}
              onCancel={onDone}
            />
          </Fieldset>
        </form>
      )}
    </section>
  );
}
