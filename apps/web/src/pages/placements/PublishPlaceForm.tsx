import { type PlaceInput, PlaceType } from '@een-plan/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { placementApi } from '../../api/placements-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { todayIso } from '../assignments/format.ts';
import { ButtonGroup, Fieldset, SelectField, TextAreaField, TextField } from '../plans/fields.tsx';
import { usePlacementChange } from './use-placement-change.ts';

const initialForm = () => ({
  placeType: 'foster_regular' as PlaceType,
  minAge: '0',
  maxAge: '18',
  postcode: '',
  region: '',
  availableFrom: todayIso(),
  availableUntil: '',
  places: '1',
  notes: '',
});
type Form = ReturnType<typeof initialForm>;

type InputLabel =
  | 'placements.provider.minAge'
  | 'placements.provider.maxAge'
  | 'placements.postcode'
  | 'placements.provider.region'
  | 'placements.provider.availableFrom'
  | 'placements.provider.availableUntil'
  | 'placements.provider.places_count';

/** The form's plain inputs, in order: one description each instead of one block of JSX each. */
const INPUTS: ReadonlyArray<{
  key: Exclude<keyof Form, 'placeType' | 'notes'>;
  label: InputLabel;
  type?: 'number' | 'date';
  min?: number;
  max?: number;
  inputMode?: 'numeric';
  required?: boolean;
}> = [
  { key: 'minAge', label: 'placements.provider.minAge', type: 'number', min: 0, max: 23, required: true },
  { key: 'maxAge', label: 'placements.provider.maxAge', type: 'number', min: 0, max: 23, required: true },
  { key: 'postcode', label: 'placements.postcode', inputMode: 'numeric', required: true },
  { key: 'region', label: 'placements.provider.region', required: true },
  { key: 'availableFrom', label: 'placements.provider.availableFrom', type: 'date', required: true },
  { key: 'availableUntil', label: 'placements.provider.availableUntil', type: 'date' },
  {
    key: 'places',
    label: 'placements.provider.places_count',
    type: 'number',
    min: 1,
    max: 200,
    required: true,
  },
];

function toInput(form: Form): PlaceInput {
  return {
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
}

/** Publish a place; the server checks the contract covers its type. */
export function PublishPlaceForm() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { busy, error, run } = usePlacementChange();
  const [form, setForm] = useState(initialForm);
  const [published, setPublished] = useState(false);
  const set = (key: keyof Form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPublished(false);
    await run(async () => {
      await placementApi.publish(toInput(form));
      setPublished(true);
    });
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
          {INPUTS.map(({ key, label, ...input }) => (
            <TextField key={key} label={t(label)} value={form[key]} onChange={set(key)} {...input} />
          ))}
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
