import type { SocialOffer } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type OfferSearchParams, offerSearchQuery } from '../../api/referrals-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useLifeDomains } from '../../i18n/use-life-domains.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { Fieldset, SelectField, TextField } from '../referrals/fields.tsx';
import '../referrals/referrals.css';
import { useSession } from '../../auth/use-session.ts';
import { AddOfferToPlan } from './AddOfferToPlan.tsx';
import { OfferEditor, useAreas } from './OfferEditor.tsx';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function OfferCard({ offer, action }: { offer: SocialOffer; action?: (offer: SocialOffer) => ReactNode }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  if (editing) {
    return (
      <li className="referral-cards__item">
        <OfferEditor offer={offer} onDone={() => setEditing(false)} />
      </li>
    );
  }
  const ages =
    offer.minAge !== null && offer.maxAge !== null
      ? t('socialMap.ages', { from: offer.minAge, to: offer.maxAge })
      : offer.minAge !== null
        ? t('socialMap.agesFrom', { from: offer.minAge })
        : offer.maxAge !== null
          ? t('socialMap.agesTo', { to: offer.maxAge })
          : t('socialMap.allAges');
  return (
    <li className="referral-card">
      <Heading level={3}>{offer.name}</Heading>
      <Paragraph small>{offer.organisationName}</Paragraph>
      <div className="referral-badges">
        <StatusBadge status="neutral">{t(`socialMap.level.${offer.level}`)}</StatusBadge>
        <StatusBadge status="neutral">{ages}</StatusBadge>
        <StatusBadge status="neutral">
          {offer.areaNames.length === 0 ? t('socialMap.wholeMunicipality') : offer.areaNames.join(', ')}
        </StatusBadge>
      </div>
      <Paragraph>{offer.description}</Paragraph>
      <dl className="referral-dl">
        <Row label={t('socialMap.costs')}>{offer.costs}</Row>
        {offer.phone && <Row label={t('socialMap.phone')}>{offer.phone}</Row>}
        {offer.email && <Row label={t('socialMap.email')}>{offer.email}</Row>}
        {offer.website && <Row label={t('socialMap.website')}>{offer.website}</Row>}
        {offer.address && <Row label={t('socialMap.address')}>{offer.address}</Row>}
        {offer.openingHours && <Row label={t('socialMap.openingHours')}>{offer.openingHours}</Row>}
      </dl>
      {action?.(offer)}
      {offer.editable && (
        <Button onClick={() => setEditing(true)} aria-label={`${t('offerEditor.edit')}: ${offer.name}`}>
          {t('offerEditor.edit')}
        </Button>
      )}
    </li>
  );
}

/**
 * The social-map search; `action` lets another page (e.g. a family plan) turn a result into an
 * action for the family.
 */
export function SocialMapSearch({
  action,
  headingLevel = 2,
}: {
  action?: (offer: SocialOffer) => ReactNode;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const domains = useLifeDomains();
  const areas = useAreas();
  const [draft, setDraft] = useState({ q: '', domain: '', age: '', areaId: '' });
  const [params, setParams] = useState<OfferSearchParams | null>(null);
  const results = useQuery({ ...offerSearchQuery(params ?? { page: 1 }), enabled: params !== null });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams({ ...draft, page: 1 });
  };
  const pages = results.data ? Math.max(1, Math.ceil(results.data.total / results.data.pageSize)) : 1;
  return (
    <>
      <form className="referral-form" onSubmit={submit}>
        <Fieldset legend={t('socialMap.searchLegend')}>
          <TextField
            label={t('socialMap.q')}
            type="search"
            value={draft.q}
            onChange={(q) => setDraft((d) => ({ ...d, q }))}
          />
          <div className="referral-form__row">
            <SelectField
              label={t('socialMap.domain')}
              value={draft.domain}
              onChange={(domain) => setDraft((d) => ({ ...d, domain }))}
            >
              <option value="">{t('socialMap.anyDomain')}</option>
              {domains.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.name}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t('socialMap.age')}
              type="number"
              min={0}
              max={120}
              inputMode="numeric"
              value={draft.age}
              onChange={(age) => setDraft((d) => ({ ...d, age }))}
            />
            <SelectField
              label={t('socialMap.area')}
              value={draft.areaId}
              onChange={(areaId) => setDraft((d) => ({ ...d, areaId }))}
            >
              <option value="">{t('socialMap.anyArea')}</option>
              {areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </SelectField>
          </div>
        </Fieldset>
        <Button type="submit" appearance="primary-action">
          {t('socialMap.search')}
        </Button>
      </form>
      <div aria-live="polite" aria-busy={results.isFetching}>
        {params && results.isPending && <LoadingState />}
        {results.isError && <ErrorState error={results.error} onRetry={() => void results.refetch()} />}
        {results.isSuccess && (
          <>
            <Heading level={headingLevel}>{t('socialMap.results', { count: results.data.total })}</Heading>
            {results.data.items.length === 0 ? (
              <Paragraph>{t('socialMap.empty')}</Paragraph>
            ) : (
              <ul className="referral-cards">
                {results.data.items.map((offer) => (
                  <OfferCard key={offer.id} offer={offer} action={action} />
                ))}
              </ul>
            )}
            {pages > 1 && params && (
              <nav
                className="referral-actions"
                aria-label={t('socialMap.page', { page: params.page, pages })}
              >
                <Button
                  disabled={params.page <= 1}
                  onClick={() => setParams({ ...params, page: params.page - 1 })}
                >
                  {t('socialMap.previous')}
                </Button>
                <span>{t('socialMap.page', { page: params.page, pages })}</span>
                <Button
                  disabled={params.page >= pages}
                  onClick={() => setParams({ ...params, page: params.page + 1 })}
                >
                  {t('socialMap.next')}
                </Button>
              </nav>
            )}
          </>
        )}
      </div>
    </>
  );
}

export function SocialMapPage() {
  const { t } = useTranslation();
  usePageTitle(t('socialMap.title'));
  const session = useSession();
  const [adding, setAdding] = useState(false);
  const canAdd = session?.user.role === 'admin' || session?.user.role === 'provider';
  return (
    <div>
      <Heading level={1}>{t('socialMap.title')}</Heading>
      <Paragraph lead>{t('socialMap.intro')}</Paragraph>
      {canAdd &&
        (adding ? (
          <OfferEditor offer={null} onDone={() => setAdding(false)} />
        ) : (
          <div className="referral-actions">
            <Button onClick={() => setAdding(true)}>{t('offerEditor.add')}</Button>
          </div>
        ))}
      <SocialMapSearch
        action={
          session?.user.role === 'coordinator' ? (offer) => <AddOfferToPlan offer={offer} /> : undefined
        }
      />
    </div>
  );
}
