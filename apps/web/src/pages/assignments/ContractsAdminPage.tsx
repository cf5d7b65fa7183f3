import type { ExecutionVariant, IjwUnit, Provider, ProviderContract } from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contractsQuery } from '../../api/assignments-api.ts';
import { contractsAdminApi, providersQuery } from '../../api/contracts-admin-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../../components/Table.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { formatDate } from '../plans/PlanView.tsx';
import { SelectField, TextField } from '../referrals/fields.tsx';
import '../referrals/referrals.css';
import { parseEuroToCents } from './euro.ts';
import { formatEuro } from './format.ts';
import { AssignmentSettingsSection, ProviderConnectionsSection } from './ProviderConnectionsSection.tsx';

const UNITS: IjwUnit[] = ['04', '01', '14', '16', '82', '83', '84'];
const VARIANTS: ExecutionVariant[] = ['inspanningsgericht', 'outputgericht', 'taakgericht'];

function ProvidersSection({ providers }: { providers: Provider[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [agbCode, setAgbCode] = useState('');
  const create = useMutation({
    mutationFn: () => contractsAdminApi.createProvider({ name, agbCode }),
    onSuccess: async () => {
      setName('');
      setAgbCode('');
      await queryClient.invalidateQueries({ queryKey: providersQuery.queryKey });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  return (
    <section aria-labelledby="providers-title">
      <Heading level={2} id="providers-title">
        {t('contractsAdmin.providersTitle')}
      </Heading>
      {providers.length === 0 ? (
        <Paragraph>{t('contractsAdmin.noProviders')}</Paragraph>
      ) : (
        <Table caption={t('contractsAdmin.providersTitle')} hideCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('contractsAdmin.providerName')}</TableHeaderCell>
              <TableHeaderCell>{t('contractsAdmin.agbCode')}</TableHeaderCell>
              <TableHeaderCell numeric>{t('contractsAdmin.contractCount')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {providers.map((p) => (
              <TableRow key={p.id}>
                <TableHeaderCell scope="row">{p.name}</TableHeaderCell>
                <TableCell>{p.agbCode}</TableCell>
                <TableCell numeric>{p.contracts}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <form className="referral-form" onSubmit={submit} aria-labelledby="add-provider-title">
        <Heading level={3} id="add-provider-title">
          {t('contractsAdmin.addProvider')}
        </Heading>
        <TextField label={t('contractsAdmin.providerName')} value={name} onChange={setName} required />
        <TextField
          label={t('contractsAdmin.agbCode')}
          hint={t('contractsAdmin.agbCodeHint')}
          value={agbCode}
          onChange={setAgbCode}
          inputMode="numeric"
          required
        />
        {create.isError && <ErrorState error={create.error} />}
        {create.isSuccess && <Alert type="ok">{t('contractsAdmin.providerSaved')}</Alert>}
        <Button type="submit" appearance="primary-action" busy={create.isPending}>
          {t('contractsAdmin.addProvider')}
        </Button>
      </form>
    </section>
  );
}

function ContractsTable({ contracts }: { contracts: ProviderContract[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (contracts.length === 0) return <Paragraph>{t('contractsAdmin.noContracts')}</Paragraph>;
  return (
    <Table caption={t('contractsAdmin.contractsTitle')} hideCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('contractsAdmin.provider')}</TableHeaderCell>
          <TableHeaderCell>{t('contractsAdmin.validity')}</TableHeaderCell>
          <TableHeaderCell>{t('contractsAdmin.products')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {contracts.map((c) => (
          <TableRow key={c.id}>
            <TableHeaderCell scope="row">
              {c.organisationName} ({c.agbCode})
            </TableHeaderCell>
            <TableCell>
              {c.validUntil
                ? t('contractsAdmin.period', {
                    from: formatDate(c.validFrom, language),
                    until: formatDate(c.validUntil, language),
                  })
                : t('contractsAdmin.openEnded', { from: formatDate(c.validFrom, language) })}
            </TableCell>
            <TableCell>
              <UnorderedList>
                {c.products.map((p) => (
                  <UnorderedListItem key={p.id}>
                    {p.productCategory}/{p.productCode} {p.name}: {formatEuro(p.tariffCents, language)} /{' '}
                    {t(`assignments.units.${p.unit}`)} ({t(`contractsAdmin.variants.${p.executionVariant}`)})
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function NewContractForm({ providers }: { providers: Provider[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [organisationId, setOrganisationId] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [productName, setProductName] = useState('');
  const [productCategory, setProductCategory] = useState('');
  const [productCode, setProductCode] = useState('');
  const [unit, setUnit] = useState<IjwUnit>('04');
  const [tariff, setTariff] = useState('');
  const [variant, setVariant] = useState<ExecutionVariant>('inspanningsgericht');
  const [tariffError, setTariffError] = useState<string | undefined>();
  const create = useMutation({
    mutationFn: (tariffCents: number) =>
      contractsAdminApi.createContract({
        organisationId,
        validFrom,
        validUntil: validUntil || null,
        products: [
          {
            name: productName,
            productCategory,
            productCode: productCode.toUpperCase(),
            unit,
            tariffCents,
            executionVariant: variant,
          },
        ],
      }),
    onSuccess: async () => {
      setProductName('');
      setProductCategory('');
      setProductCode('');
      setTariff('');
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: contractsQuery.queryKey }),
        queryClient.invalidateQueries({ queryKey: providersQuery.queryKey }),
      ]);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cents = parseEuroToCents(tariff);
    setTariffError(cents === null ? t('contractsAdmin.invalidTariff') : undefined);
    if (cents !== null) create.mutate(cents);
  };
  return (
    <form className="referral-form" onSubmit={submit} aria-labelledby="new-contract-title">
      <Heading level={3} id="new-contract-title">
        {t('contractsAdmin.newContractTitle')}
      </Heading>
      <SelectField label={t('contractsAdmin.provider')} value={organisationId} onChange={setOrganisationId}>
        <option value="">{t('contractsAdmin.chooseProvider')}</option>
        {providers.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name} ({p.agbCode})
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('contractsAdmin.validFrom')}
        type="date"
        value={validFrom}
        onChange={setValidFrom}
        required
      />
      <TextField
        label={t('contractsAdmin.validUntil')}
        hint={t('contractsAdmin.validUntilHint')}
        type="date"
        value={validUntil}
        onChange={setValidUntil}
      />
      <TextField
        label={t('contractsAdmin.productName')}
        value={productName}
        onChange={setProductName}
        required
      />
      <TextField
        label={t('contractsAdmin.productCategory')}
        hint={t('contractsAdmin.productCategoryHint')}
        value={productCategory}
        onChange={setProductCategory}
        inputMode="numeric"
        required
      />
      <TextField
        label={t('contractsAdmin.productCode')}
        hint={t('contractsAdmin.productCodeHint')}
        value={productCode}
        onChange={setProductCode}
        required
      />
      <SelectField label={t('contractsAdmin.unit')} value={unit} onChange={(v) => setUnit(v as IjwUnit)}>
        {UNITS.map((u) => (
          <option key={u} value={u}>
            {t(`assignments.units.${u}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('contractsAdmin.tariff')}
        value={tariff}
        onChange={setTariff}
        error={tariffError}
        inputMode="text"
        required
      />
      <SelectField
        label={t('contractsAdmin.executionVariant')}
        value={variant}
        onChange={(v) => setVariant(v as ExecutionVariant)}
      >
        {VARIANTS.map((v) => (
          <option key={v} value={v}>
            {t(`contractsAdmin.variants.${v}`)}
          </option>
        ))}
      </SelectField>
      {create.isError && <ErrorState error={create.error} />}
      {create.isSuccess && <Alert type="ok">{t('contractsAdmin.contractSaved')}</Alert>}
      <Button type="submit" appearance="primary-action" busy={create.isPending}>
        {t('contractsAdmin.addContract')}
      </Button>
    </form>
  );
}

/** The administrator's "Contracten": providers with AGB codes and their contracted products. */
export function ContractsAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('contractsAdmin.title'));
  const providers = useQuery(providersQuery);
  const contracts = useQuery(contractsQuery);
  const pending = providers.isPending || contracts.isPending;
  return (
    <div aria-busy={pending}>
      <Heading level={1}>{t('contractsAdmin.title')}</Heading>
      <Paragraph lead>{t('contractsAdmin.intro')}</Paragraph>
      {pending && <LoadingState />}
      {providers.isError && <ErrorState error={providers.error} onRetry={() => void providers.refetch()} />}
      {contracts.isError && <ErrorState error={contracts.error} onRetry={() => void contracts.refetch()} />}
      {providers.data && <ProvidersSection providers={providers.data.providers} />}
      {providers.data && contracts.data && (
        <section aria-labelledby="contracts-title">
          <Heading level={2} id="contracts-title">
            {t('contractsAdmin.contractsTitle')}
          </Heading>
          <ContractsTable contracts={contracts.data.contracts} />
          <NewContractForm providers={providers.data.providers} />
        </section>
      )}
      {providers.data && <ProviderConnectionsSection providers={providers.data.providers} />}
      <AssignmentSettingsSection />
    </div>
  );
}
