import { type HouseholdLookupCandidate, MeasureKind } from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { measureKeys, ownMeasuresQuery, registerMeasure } from '../../api/crisis-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { Table } from '../../components/Table.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { HouseholdLookup } from '../crisis/HouseholdLookup.tsx';
import { SelectField, TextField } from '../households/form-fields.tsx';
import { formatDate } from '../referrals/format.ts';
import '../crisis/crisis.css';

/** A GI's measures in force, and the form to register one from a court ruling. */
export function MeasuresPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t('protection.title'));
  const list = useQuery(ownMeasuresQuery);
  return (
    <div aria-busy={list.isPending}>
      <Heading level={1}>{t('protection.title')}</Heading>
      <Paragraph lead>{t('protection.intro')}</Paragraph>
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && list.data.items.length === 0 && <Paragraph>{t('protection.empty')}</Paragraph>}
      {list.isSuccess && list.data.items.length > 0 && (
        <Table caption={t('protection.title')} hideCaption>
          <thead>
            <tr>
              <th scope="col">{t('protection.child')}</th>
              <th scope="col">{t('protection.kindLabel')}</th>
              <th scope="col">{t('protection.endDate')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('protection.open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((m) => (
              <tr key={m.id}>
                <td>{m.personFirstName}</td>
                <td>
                  {t(`protection.kind.${m.kind}`)}{' '}
                  <StatusBadge status={m.status === 'active' ? 'active' : 'warning'}>
                    {t(`protection.status.${m.status}`)}
                  </StatusBadge>
                </td>
                <td>{formatDate(m.endDate, language)}</td>
                <td>
                  <Link to="/maatregelen/$measureId" params={{ measureId: m.id }}>
                    {t('protection.open')}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <RegisterForm />
    </div>
  );
}

function RegisterForm() {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [picked, setPicked] = useState<HouseholdLookupCandidate | null>(null);
  const [notPicked, setNotPicked] = useState(false);
  const [form, setForm] = useState({
    kind: 'ots' as MeasureKind,
    startDate: '',
    endDate: '',
    courtReference: '',
  });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });
  const register = useMutation({
    // The measure is about the child the GI named from the ruling (found by BSN and birth date).
    mutationFn: (child: HouseholdLookupCandidate) =>
      registerMeasure({
        ...form,
        householdId: child.householdId,
        personId: child.person.personId,
        endDate: form.endDate || undefined,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: measureKeys.all }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNotPicked(!picked);
    if (picked) register.mutate(picked);
  };
  return (
    <form onSubmit={submit} className="crisis-form">
      <Heading level={2}>{t('protection.register.title')}</Heading>
      <Paragraph>{t('protection.register.hint')}</Paragraph>
      <HouseholdLookup
        onPick={(c) => {
          setPicked(c);
          setNotPicked(false);
        }}
        error={notPicked ? t('crisis.lookup.required') : undefined}
      />
      {picked && <Paragraph>{t('protection.register.about', { name: picked.person.firstName })}</Paragraph>}
      <SelectField label={t('protection.kindLabel')} value={form.kind} onChange={set('kind')}>
        {MeasureKind.options.map((k) => (
          <option key={k} value={k}>
            {t(`protection.kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        type="date"
        label={t('protection.register.startDate')}
        value={form.startDate}
        onChange={set('startDate')}
        required
      />
      <TextField
        type="date"
        label={t('protection.register.endDate')}
        value={form.endDate}
        onChange={set('endDate')}
      />
      <TextField
        label={t('protection.register.courtReference')}
        value={form.courtReference}
        onChange={set('courtReference')}
        required
        minLength={3}
      />
      {register.isError && <Alert type="error">{errorMessage(register.error, language, t)}</Alert>}
      {register.isSuccess && (
        <Alert type="ok">
          <Link to="/maatregelen/$measureId" params={{ measureId: register.data.id }}>
            {t('protection.page.saved')}
          </Link>
        </Alert>
      )}
      <Button
        type="submit"
        appearance="primary-action"
        busy={register.isPending}
        disabled={register.isPending}
      >
        {t('protection.register.submit')}
      </Button>
    </form>
  );
}
