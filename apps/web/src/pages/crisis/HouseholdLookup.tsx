import type { HouseholdLookupCandidate } from '@een-plan/contracts';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { breakGlassApi } from '../../api/break-glass-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { TextField } from '../households/form-fields.tsx';

/**
 * For the crisis service and the GI: find the household by BSN and birth date (from the call or
 * the ruling) and pick it, with the person found; the server audits every lookup. Not a form of
 * its own, so it can sit inside the report or registration form. `error`: nothing picked yet when
 * the form was sent (said here, where it is to be done).
 */
export function HouseholdLookup({
  onPick,
  error,
}: {
  onPick: (candidate: HouseholdLookupCandidate) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [bsn, setBsn] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [picked, setPicked] = useState<HouseholdLookupCandidate | null>(null);
  const lookup = useMutation({
    mutationFn: () => breakGlassApi.lookupHousehold({ kind: 'bsn', bsn: bsn.trim(), birthDate }),
  });
  const pick = (c: HouseholdLookupCandidate) => {
    setPicked(c);
    onPick(c);
  };
  const errorId = useId();
  return (
    <fieldset className="crisis-lookup" aria-describedby={error ? errorId : undefined}>
      <legend>{t('crisis.lookup.title')}</legend>
      {error && (
        <p id={errorId} className="utrecht-form-field-error-message" role="alert">
          {error}
        </p>
      )}
      <TextField
        label={t('crisis.lookup.bsn')}
        value={bsn}
        inputMode="numeric"
        onChange={(e) => setBsn(e.target.value)}
      />
      <TextField
        type="date"
        label={t('crisis.lookup.birthDate')}
        value={birthDate}
        onChange={(e) => setBirthDate(e.target.value)}
      />
      <Button
        type="button"
        appearance="secondary-action"
        busy={lookup.isPending}
        onClick={() => lookup.mutate()}
      >
        {t('crisis.lookup.search')}
      </Button>
      {lookup.isError && <Alert type="error">{errorMessage(lookup.error, language, t)}</Alert>}
      {lookup.data &&
        (lookup.data.items.length === 0 ? (
          <Alert type="info">{t('crisis.lookup.none')}</Alert>
        ) : (
          <ul className="crisis-lookup-results">
            {lookup.data.items.map((c) => (
              <li key={c.householdId}>
                <Button
                  type="button"
                  appearance={picked?.householdId === c.householdId ? 'primary-action' : 'secondary-action'}
                  aria-pressed={picked?.householdId === c.householdId}
                  onClick={() => pick(c)}
                >
                  {t('crisis.lookup.pick', { name: c.householdName, postcode: c.postcode, city: c.city })}
                </Button>
              </li>
            ))}
          </ul>
        ))}
      {picked && (
        <p className="utrecht-paragraph" aria-live="polite">
          {t('crisis.lookup.picked', { name: picked.householdName, person: picked.person.firstName })}
        </p>
      )}
    </fieldset>
  );
}
