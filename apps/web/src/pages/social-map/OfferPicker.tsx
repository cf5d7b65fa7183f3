import type { SocialOffer } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { offerSearchQuery } from '../../api/referrals-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { Fieldset, RadioField, TextField } from '../referrals/fields.tsx';

/**
 * Choose an offer of the social map by searching its name — inside another form, so no nested
 * form and Enter searches. People see the offer's name and organisation, never its internal code.
 */
export function OfferPicker({
  value,
  onChange,
}: {
  value: SocialOffer | null;
  onChange: (offer: SocialOffer | null) => void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const results = useQuery({ ...offerSearchQuery({ q: search ?? '', page: 1 }), enabled: search !== null });
  return (
    <Fieldset legend={t('offerPicker.legend')} hint={t('offerPicker.hint')}>
      {value && (
        <Paragraph>
          {t('offerPicker.chosen', { name: value.name, organisation: value.organisationName })}{' '}
          <Button appearance="subtle" onClick={() => onChange(null)}>
            {t('offerPicker.clear')}
          </Button>
        </Paragraph>
      )}
      <TextField
        label={t('offerPicker.q')}
        type="search"
        value={q}
        onChange={setQ}
        onEnter={() => setSearch(q)}
      />
      <Button onClick={() => setSearch(q)}>{t('offerPicker.search')}</Button>
      <div aria-live="polite" aria-busy={results.isFetching}>
        {search !== null && results.isPending && <LoadingState />}
        {results.isError && <ErrorState error={results.error} onRetry={() => void results.refetch()} />}
        {results.isSuccess &&
          (results.data.items.length === 0 ? (
            <Paragraph>{t('offerPicker.empty')}</Paragraph>
          ) : (
            <Fieldset legend={t('offerPicker.results', { count: results.data.total })}>
              {results.data.items.map((offer) => (
                <RadioField
                  key={offer.id}
                  name="social-offer"
                  value={offer.id}
                  label={t('offerPicker.option', { name: offer.name, organisation: offer.organisationName })}
                  checked={value?.id === offer.id}
                  onChange={() => onChange(offer)}
                />
              ))}
            </Fieldset>
          ))}
      </div>
    </Fieldset>
  );
}
