import {
  type ErasureCandidate,
  type ErasureCandidateList,
  ErasureHouseholdSearch,
} from '@een-plan/contracts';
import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchErasureHouseholds } from '../../api/retention-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { RadioGroup } from '../households/form-fields.tsx';
import { Fieldset, TextField } from '../referrals/fields.tsx';

export const householdLine = (t: TFunction, h: ErasureCandidate) => t('retention.search.household', h);

/**
 * Step 1 of the erasure form: search by a member's name or by postcode (the server checks the
 * administrator may, and logs the search), then choose one household from what was found.
 */
export function ErasureHouseholdPicker({
  chosen,
  onChoose,
  error,
}: {
  chosen: ErasureCandidate | null;
  onChoose: (household: ErasureCandidate | null) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'name' | 'postcode'>('name');
  const [name, setName] = useState('');
  const [postcode, setPostcode] = useState('');
  const [houseNumber, setHouseNumber] = useState('');
  const [invalid, setInvalid] = useState<string | undefined>();
  const search = useMutation({
    mutationFn: searchErasureHouseholds,
    onSuccess: (found: ErasureCandidateList) =>
      onChoose(found.items.length === 1 ? (found.items[0] ?? null) : null),
  });
  const run = () => {
    const parsed = ErasureHouseholdSearch.safeParse(
      kind === 'name' ? { kind, name } : { kind, postcode, houseNumber: houseNumber.trim() || undefined },
    );
    if (!parsed.success) {
      setInvalid(
        kind === 'name' ? t('retention.search.nameTooShort') : t('retention.search.postcodeInvalid'),
      );
      return;
    }
    setInvalid(undefined);
    onChoose(null);
    search.mutate(parsed.data);
  };
  const found = search.data?.items ?? [];
  return (
    <Fieldset legend={t('retention.search.legend')} hint={t('retention.search.hint')}>
      <RadioGroup
        legend={t('retention.search.by')}
        name="erasure-search-kind"
        value={kind}
        options={[
          { value: 'name', label: t('retention.search.byName') },
          { value: 'postcode', label: t('retention.search.byPostcode') },
        ]}
        onChange={(v) => {
          setKind(v);
          setInvalid(undefined);
        }}
      />
      {kind === 'name' ? (
        <TextField
          type="search"
          label={t('retention.search.name')}
          value={name}
          onChange={setName}
          onEnter={run}
          autoComplete="off"
          error={invalid}
        />
      ) : (
        <>
          <TextField
            label={t('retention.search.postcode')}
            value={postcode}
            onChange={setPostcode}
            onEnter={run}
            autoComplete="off"
            error={invalid}
          />
          <TextField
            label={t('retention.search.houseNumber')}
            value={houseNumber}
            onChange={setHouseNumber}
            onEnter={run}
            autoComplete="off"
          />
        </>
      )}
      <div className="referral-actions">
        <Button type="button" busy={search.isPending} onClick={run}>
          {t('retention.search.submit')}
        </Button>
      </div>
      <div aria-live="polite">
        {search.isPending && <Paragraph>{t('retention.search.busy')}</Paragraph>}
        {search.isSuccess && found.length === 0 && <Alert type="info">{t('retention.search.none')}</Alert>}
        {search.data?.limited && <Alert type="warning">{t('retention.search.limited')}</Alert>}
      </div>
      {search.isError && <ErrorState error={search.error} />}
      {found.length > 0 && (
        <div className="retention-choices">
          <RadioGroup
            legend={t('retention.search.results')}
            name="erasure-household"
            value={chosen?.householdId ?? null}
            error={error}
            options={found.map((h) => ({
              value: h.householdId,
              label: `${householdLine(t, h)} — ${t('retention.search.members', { count: h.members.length })}`,
            }))}
            onChange={(id) => onChoose(found.find((h) => h.householdId === id) ?? null)}
          />
        </div>
      )}
      {found.length === 0 && error && <div className="utrecht-form-field-error-message">{error}</div>}
    </Fieldset>
  );
}
