import type { AssignmentSettings, Provider } from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  apiClientsQuery,
  assignmentSettingsQuery,
  providerConnectionsApi,
} from '../../api/provider-connections-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { formatDate } from '../plans/PlanView.tsx';
import { SelectField, TextField } from '../referrals/fields.tsx';
import { parseEuroToCents } from './euro.ts';
import { formatEuro } from './format.ts';

function formatMoment(iso: string, language: string): string {
  return formatDate(iso.slice(0, 10), language);
}

/** One provider's system connections: create (token shown once) and revoke. */
function ConnectionsOfProvider({ provider }: { provider: Provider }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const clients = useQuery(apiClientsQuery(provider.id));
  const [label, setLabel] = useState('');
  const [token, setToken] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: apiClientsQuery(provider.id).queryKey });
  const create = useMutation({
    mutationFn: () => providerConnectionsApi.create(provider.id, label),
    onSuccess: async (created) => {
      setToken(created.token);
      setLabel('');
      await refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => providerConnectionsApi.revoke(provider.id, id),
    onSuccess: refresh,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setToken(null);
    create.mutate();
  };
  const active = (clients.data?.clients ?? []).filter((c) => !c.revokedAt);
  return (
    <div className="provider-connections" data-provider-connections={provider.agbCode}>
      {clients.isPending && <LoadingState />}
      {clients.isError && <ErrorState error={clients.error} onRetry={() => void clients.refetch()} />}
      {clients.data && active.length === 0 && <Paragraph>{t('connections.none')}</Paragraph>}
      {active.length > 0 && (
        <ul className="utrecht-unordered-list">
          {active.map((c) => (
            <li key={c.id} className="utrecht-unordered-list__item">
              {c.label} · {t('connections.created', { date: formatMoment(c.createdAt, language) })} ·{' '}
              {c.lastUsedAt
                ? t('connections.lastUsed', { date: formatMoment(c.lastUsedAt, language) })
                : t('connections.neverUsed')}{' '}
              <Button
                appearance="secondary-action"
                busy={revoke.isPending && revoke.variables === c.id}
                onClick={() => revoke.mutate(c.id)}
              >
                {t('connections.revoke', { label: c.label })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {revoke.isError && <ErrorState error={revoke.error} />}
      <form className="referral-form" onSubmit={submit}>
        <TextField
          label={t('connections.label', { provider: provider.name })}
          hint={t('connections.labelHint')}
          value={label}
          onChange={setLabel}
          required
        />
        {create.isError && <ErrorState error={create.error} />}
        <Button type="submit" appearance="secondary-action" busy={create.isPending}>
          {t('connections.create')}
        </Button>
      </form>
      {token && (
        <Alert type="warning">
          <p className="utrecht-paragraph">{t('connections.tokenOnce')}</p>
          <p className="utrecht-paragraph">
            <code data-api-token>{token}</code>
          </p>
        </Alert>
      )}
    </div>
  );
}

/** Administrators connect provider systems to the iJw endpoint (bearer tokens). */
export function ProviderConnectionsSection({ providers }: { providers: Provider[] }) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState(providers[0]?.id ?? '');
  const provider = providers.find((p) => p.id === selected);
  return (
    <section aria-labelledby="connections-title">
      <Heading level={2} id="connections-title">
        {t('connections.title')}
      </Heading>
      <Paragraph>{t('connections.intro')}</Paragraph>
      {providers.length === 0 ? (
        <Paragraph>{t('contractsAdmin.noProviders')}</Paragraph>
      ) : (
        <>
          <SelectField label={t('contractsAdmin.provider')} value={selected} onChange={setSelected}>
            {providers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.agbCode})
              </option>
            ))}
          </SelectField>
          {provider && <ConnectionsOfProvider key={provider.id} provider={provider} />}
        </>
      )}
    </section>
  );
}

function SettingsForm({ settings }: { settings: AssignmentSettings }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [threshold, setThreshold] = useState((settings.approvalThresholdCents / 100).toFixed(2));
  const [days, setDays] = useState(String(settings.startWarningDays));
  const thresholdCents = parseEuroToCents(threshold);
  const daysNumber = Number(days);
  const daysValid = Number.isInteger(daysNumber) && daysNumber >= 1 && daysNumber <= 365;
  const save = useMutation({
    mutationFn: () =>
      providerConnectionsApi.saveSettings({
        approvalThresholdCents: thresholdCents ?? 0,
        startWarningDays: daysNumber,
      }),
    onSuccess: (saved) => queryClient.setQueryData(assignmentSettingsQuery.queryKey, saved),
  });
  const [tried, setTried] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (thresholdCents === null || !daysValid) return;
    save.mutate();
  };
  return (
    <form className="referral-form" onSubmit={submit} noValidate>
      <TextField
        label={t('connections.threshold')}
        hint={t('connections.thresholdHint', {
          amount: formatEuro(settings.approvalThresholdCents, language),
        })}
        value={threshold}
        onChange={setThreshold}
        error={tried && thresholdCents === null ? t('connections.thresholdInvalid') : undefined}
        required
      />
      <TextField
        label={t('connections.startWarningDays')}
        hint={t('connections.startWarningDaysHint')}
        value={days}
        onChange={setDays}
        type="number"
        min={1}
        max={365}
        error={tried && !daysValid ? t('connections.startWarningDaysInvalid') : undefined}
        required
      />
      {save.isError && <ErrorState error={save.error} />}
      {save.isSuccess && <Alert type="ok">{t('connections.settingsSaved')}</Alert>}
      <Button type="submit" appearance="primary-action" busy={save.isPending}>
        {t('connections.saveSettings')}
      </Button>
    </form>
  );
}

/** The approval threshold and the period after which a missing start is flagged in the plan. */
export function AssignmentSettingsSection() {
  const { t } = useTranslation();
  const settings = useQuery(assignmentSettingsQuery);
  return (
    <section aria-labelledby="assignment-settings-title">
      <Heading level={2} id="assignment-settings-title">
        {t('connections.settingsTitle')}
      </Heading>
      {settings.isPending && <LoadingState />}
      {settings.isError && <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.data && <SettingsForm settings={settings.data} />}
    </section>
  );
}
