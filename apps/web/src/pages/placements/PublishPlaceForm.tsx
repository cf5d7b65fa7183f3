import { type PlaceInput, PlaceType } from '@een-plan/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placementApi, placementKeys } from '../../api/placements-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { ButtonGroup, Fieldset, SelectField, TextAreaField, TextField } from '../plans/fields.tsx';

const today = () => new Date().toISOString().slice(0, 10);

/** Publish a place; the server checks the contract covers its type. */
export function PublishPlaceForm() {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({
    placeType: 'foster_regular' as PlaceType,
    minAge: '0',
    maxAge: '18',
    postcode: '',
    region: '',
    availableFrom: today(),
    availableUntil: '',
    places: '1',
    notes: '',
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [published, setPublished] = useState(false);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setPublished(false);
    const input: PlaceInput = {
      placeType: form.placeType,
      minAge: Number(form.minAge),
      maxAge: Number(form.maxAge),
      postcode: form.postcode,
      region: form.region,
      availableFrom: form.availableFrom,
      availableUntil: form.availableUntil || null,
      places: Number(form.places),
      notes: form.notes,
    };
    try {
      await placementApi.publish(input);
      setPublished(true);
      await queryClient.invalidateQueries({ queryKey: placementKeys.all });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="publish-place">
      <Heading level={2} id="publish-place">
        {t('placements.provider.publishTitle')}
      </Heading>
      <form onSubmit={submit}>
        <Fieldset legend={t('placements.provider.publishTitle')}>
          <SelectField
            label={t('placements.columns.type')}
            value={form.placeType}
            onChange={set('placeType')}
          >
            {PlaceType.options.map((type) => (
              <option key={type} value={type}>
                {t(`placements.types.${type}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('placements.provider.minAge')}
            type="number"
            min={0}
            max={23}
            value={form.minAge}
            onChange={set('minAge')}
            required
          />
          <TextField
            label={t('placements.provider.maxAge')}
            type="number"
            min={0}
            max={23}
            value={form.maxAge}
            onChange={set('maxAge')}
            required
          />
          <TextField
            label={t('placements.postcode')}
            inputMode="numeric"
            value={form.postcode}
            onChange={set('postcode')}
            required
          />
          <TextField
            label={t('placements.provider.region')}
            value={form.region}
            onChange={set('region')}
            required
          />
          <TextField
            label={t('placements.provider.availableFrom')}
            type="date"
            value={form.availableFrom}
            onChange={set('availableFrom')}
            required
          />
          <TextField
            label={t('placements.provider.availableUntil')}
            type="date"
            value={form.availableUntil}
            onChange={set('availableUntil')}
          />
          <TextField
            label={t('placements.provider.places_count')}
            type="number"
            min={1}
            max={200}
            value={form.places}
            onChange={set('places')}
            required
          />
          <TextAreaField
            label={t('placements.provider.notes')}
            value={form.notes}
            onChange={set('notes')}
            maxLength={2000}
          />
          {error !== null && <Alert type="error">{errorMessage(error, language, t)}</Alert>}
          {published && <Alert type="ok">{t('placements.provider.published')}</Alert>}
          <ButtonGroup>
            <Button type="submit" appearance="primary-action" busy={busy}>
              {t('placements.provider.publish')}
            </Button>
          </ButtonGroup>
        </Fieldset>
      </form>
    </section>
  );
}
