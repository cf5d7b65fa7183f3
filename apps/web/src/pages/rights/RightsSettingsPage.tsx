import {
  type RightsContact,
  type RightsSettings,
  RightsSettings as RightsSettingsSchema,
} from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.ts';
import { rightsSettingsQuery, saveRightsSettings } from '../../api/rights-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { Fieldset, fieldErrorFor, TextAreaField, TextField } from '../referrals/fields.tsx';
import '../referrals/referrals.css';

const TERMS = [
  'requestDecisionWeeks',
  'wmoInvestigationWeeks',
  'wmoDecisionWeeks',
  'complaintHandlingWeeks',
] as const;
type Term = (typeof TERMS)[number];
const CONTACTS = ['vertrouwenspersoon', 'clientSupport'] as const;
const CONTACT_FIELDS = ['name', 'phone', 'email', 'website'] as const;

/** The form keeps the weeks as typed, so a half-typed number is not lost before it is checked. */
type Draft = Omit<RightsSettings, Term> & Record<Term, string>;

const toDraft = (s: RightsSettings): Draft => ({
  ...s,
  ...(Object.fromEntries(TERMS.map((term) => [term, String(s[term])])) as Record<Term, string>),
});

/**
 * The administrator's settings for client rights: the legal decision terms the clocks count with,
 * the independent contacts residents see in "Mijn rechten", and who sends and signs the letters.
 */
export function RightsSettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('rights.admin.title'));
  const settings = useQuery(rightsSettingsQuery);
  return (
    <div aria-busy={settings.isPending}>
      <Heading level={1}>{t('rights.admin.title')}</Heading>
      <Paragraph lead>{t('rights.admin.intro')}</Paragraph>
      {settings.isPending && <LoadingState />}
      {settings.isError && <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.data && <SettingsForm current={settings.data} />}
    </div>
  );
}

function SettingsForm({ current }: { current: RightsSettings }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<Draft>(() => toDraft(current));
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const save = useMutation({
    mutationFn: saveRightsSettings,
    onSuccess: (saved) => {
      queryClient.setQueryData(rightsSettingsQuery.queryKey, saved);
      setDraft(toDraft(saved));
    },
  });
  const serverErrors = save.error instanceof ApiError ? save.error.problem?.errors : undefined;
  const error = (path: string, message: string) =>
    invalid.has(path) ? message : fieldErrorFor(serverErrors, path, language);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = RightsSettingsSchema.safeParse({
      ...draft,
      ...Object.fromEntries(
        TERMS.map((term) => [term, draft[term].trim() === '' ? Number.NaN : Number(draft[term])]),
      ),
    });
    if (!parsed.success) {
      setInvalid(new Set(parsed.error.issues.map((issue) => issue.path.join('.'))));
      save.reset();
      return;
    }
    setInvalid(new Set());
    save.mutate(parsed.data);
  };
  const setContact = (which: (typeof CONTACTS)[number], field: keyof RightsContact, value: string) =>
    setDraft((d) => ({ ...d, [which]: { ...d[which], [field]: value } }));

  return (
    <form className="referral-form" onSubmit={submit} noValidate aria-labelledby="rights-terms">
      {invalid.size > 0 && <Alert type="error">{t('rights.admin.fixErrors', { count: invalid.size })}</Alert>}
      <Heading level={2} id="rights-terms">
        {t('rights.admin.termsTitle')}
      </Heading>
      <Paragraph>{t('rights.admin.termsIntro')}</Paragraph>
      {TERMS.map((term) => (
        <TextField
          key={term}
          type="number"
          inputMode="numeric"
          min={1}
          max={26}
          label={t(`rights.admin.terms.${term}`)}
          hint={t('rights.admin.weeksHint')}
          value={draft[term]}
          onChange={(value) => setDraft((d) => ({ ...d, [term]: value }))}
          error={error(term, t('rights.admin.weeksError'))}
        />
      ))}
      <Heading level={2}>{t('rights.admin.contactsTitle')}</Heading>
      {CONTACTS.map((which) => (
        <Fieldset key={which} legend={t(`rights.admin.contacts.${which}`)}>
          {CONTACT_FIELDS.map((field) => (
            <TextField
              key={field}
              type={field === 'email' ? 'email' : 'text'}
              label={t(`rights.admin.contactFields.${field}`)}
              value={draft[which][field]}
              onChange={(value) => setContact(which, field, value)}
              error={error(`${which}.${field}`, t('rights.admin.tooLong'))}
            />
          ))}
        </Fieldset>
      ))}
      <Heading level={2}>{t('rights.admin.lettersTitle')}</Heading>
      <Paragraph>{t('rights.admin.lettersIntro')}</Paragraph>
      <TextAreaField
        label={t('rights.admin.letterAddress')}
        hint={t('rights.admin.letterAddressHint')}
        value={draft.letterAddress}
        onChange={(value) => setDraft((d) => ({ ...d, letterAddress: value }))}
        error={error('letterAddress', t('rights.admin.tooLong'))}
      />
      <TextField
        label={t('rights.admin.letterSignatory')}
        hint={t('rights.admin.letterSignatoryHint')}
        value={draft.letterSignatory}
        onChange={(value) => setDraft((d) => ({ ...d, letterSignatory: value }))}
        error={error('letterSignatory', t('rights.admin.tooLong'))}
      />
      {save.isError && <Alert type="error">{errorMessage(save.error, language, t)}</Alert>}
      {save.isSuccess && <Alert type="ok">{t('rights.admin.saved')}</Alert>}
      <Button type="submit" appearance="primary-action" busy={save.isPending}>
        {t('rights.admin.save')}
      </Button>
    </form>
  );
}
