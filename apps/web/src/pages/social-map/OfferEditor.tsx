import { blankSocialOffer, type SocialOffer, type SocialOfferInput } from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { publicTeamsQuery, saveOffer } from '../../api/referrals-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { useLifeDomains } from '../../i18n/use-life-domains.ts';
import { CheckboxField, Fieldset, SelectField, TextAreaField, TextField } from '../referrals/fields.tsx';
import { LifeDomainBoxes } from '../referrals/LifeDomainBoxes.tsx';
import { ReferralSubmit } from '../referrals/ReferralSubmit.tsx';

/** The tenant's areas (id and name), from the public team list. */
export function useAreas() {
  const teams = useQuery(publicTeamsQuery);
  return (teams.data?.items ?? [])
    .flatMap((x) => x.areas.map((a) => ({ id: a.id, name: a.name })))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const optional = (v: string) => (v.trim() === '' ? null : v);
const age = (v: string) => (v.trim() === '' ? null : Number(v));

/** Maintains one offer: administrators all offers, an organisation its own (server decides). */
export function OfferEditor({ offer, onDone }: { offer: SocialOffer | null; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const domains = useLifeDomains();
  const areas = useAreas();
  const [form, setForm] = useState<SocialOfferInput>(() => {
    if (!offer) return blankSocialOffer;
    const {
      id: _id,
      version: _v,
      editable: _e,
      areaNames: _a,
      maintainerOrganisationId: _m,
      ...fields
    } = offer;
    return fields;
  });
  const set = <K extends keyof SocialOfferInput>(key: K, value: SocialOfferInput[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const mutation = useMutation({
    mutationFn: () => saveOffer(offer?.id ?? null, offer ? { ...form, version: offer.version } : form),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['social-map'] });
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };
  const toggle = (list: string[], value: string, on: boolean) =>
    on ? [...list, value] : list.filter((x) => x !== value);
  return (
    <form className="referral-form referral-card" onSubmit={submit}>
      <Heading level={3}>
        {offer ? t('offerEditor.title', { name: offer.name }) : t('offerEditor.newTitle')}
      </Heading>
      <TextField label={t('offerEditor.name')} value={form.name} onChange={(v) => set('name', v)} required />
      <TextField
        label={t('offerEditor.organisation')}
        value={form.organisationName}
        onChange={(v) => set('organisationName', v)}
        required
      />
      <TextAreaField
        label={t('offerEditor.description')}
        value={form.description}
        onChange={(v) => set('description', v)}
        required
      />
      <SelectField
        label={t('offerEditor.level')}
        value={String(form.level)}
        onChange={(v) => set('level', v === '1' ? 1 : 0)}
      >
        <option value="0">{t('socialMap.level.0')}</option>
        <option value="1">{t('socialMap.level.1')}</option>
      </SelectField>
      <Fieldset legend={t('offerEditor.domains')}>
        <LifeDomainBoxes
          domains={domains}
          value={form.lifeDomains}
          onChange={(codes) => set('lifeDomains', codes)}
        />
      </Fieldset>
      <div className="referral-form__row">
        <TextField
          label={t('offerEditor.minAge')}
          type="number"
          min={0}
          max={120}
          value={form.minAge === null ? '' : String(form.minAge)}
          onChange={(v) => set('minAge', age(v))}
        />
        <TextField
          label={t('offerEditor.maxAge')}
          type="number"
          min={0}
          max={120}
          value={form.maxAge === null ? '' : String(form.maxAge)}
          onChange={(v) => set('maxAge', age(v))}
        />
      </div>
      <Fieldset legend={t('offerEditor.areas')}>
        {areas.map((a) => (
          <CheckboxField
            key={a.id}
            label={a.name}
            checked={form.areaIds.includes(a.id)}
            onChange={(on) => set('areaIds', toggle(form.areaIds, a.id, on))}
          />
        ))}
      </Fieldset>
      <TextField
        label={t('offerEditor.costs')}
        value={form.costs}
        onChange={(v) => set('costs', v)}
        required
      />
      <div className="referral-form__row">
        <TextField
          label={t('socialMap.phone')}
          value={form.phone ?? ''}
          onChange={(v) => set('phone', optional(v))}
        />
        <TextField
          label={t('socialMap.email')}
          value={form.email ?? ''}
          onChange={(v) => set('email', optional(v))}
        />
      </div>
      <TextField
        label={t('socialMap.website')}
        value={form.website ?? ''}
        onChange={(v) => set('website', optional(v))}
      />
      <TextField
        label={t('socialMap.address')}
        value={form.address ?? ''}
        onChange={(v) => set('address', optional(v))}
      />
      <TextField
        label={t('socialMap.openingHours')}
        value={form.openingHours ?? ''}
        onChange={(v) => set('openingHours', optional(v))}
      />
      {mutation.isSuccess && <Alert type="ok">{t('offerEditor.saved')}</Alert>}
      <ReferralSubmit mutation={mutation} label={t('offerEditor.save')}>
        <Button onClick={onDone}>{t('offerEditor.cancel')}</Button>
      </ReferralSubmit>
    </form>
  );
}
