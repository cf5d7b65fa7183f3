import type { CreateReferralRequest, CreateReferralResponse } from '@een-plan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.ts';
import { createReferral, referralKeys } from '../../api/referrals-api.ts';
import { useSession } from '../../auth/use-session.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { useLifeDomains } from '../../i18n/use-life-domains.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { CheckboxField, Fieldset, fieldErrorFor, RadioField, TextAreaField, TextField } from './fields.tsx';
import './referrals.css';
import { LifeDomainBoxes } from './LifeDomainBoxes.tsx';
import { ReferralSubmit } from './ReferralSubmit.tsx';

const empty = {
  firstName: '',
  lastName: '',
  birthDate: '',
  bsn: '',
  street: '',
  houseNumber: '',
  postcode: '',
  city: '',
  lifeDomains: [] as string[],
  worry: '',
  urgency: 'normal' as 'normal' | 'urgent',
  possibleUnsafety: false,
  familyKnows: false,
  familyAgrees: false,
  familyContact: '',
  reporterContact: '',
};

/** What to do when someone may be unsafe: the meldcode for professionals, plain steps for a resident. */
function MeldcodeGuidance() {
  const { t } = useTranslation();
  const resident = useSession()?.user.role === 'resident';
  return (
    <Alert type="warning">
      <Heading level={3}>
        {resident ? t('signalForm.resident.safetyTitle') : t('signalForm.meldcodeTitle')}
      </Heading>
      <Paragraph>{resident ? t('signalForm.resident.safety') : t('signalForm.meldcode')}</Paragraph>
    </Alert>
  );
}

function Sent({ result, onAnother }: { result: CreateReferralResponse; onAnother: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      <Alert type="ok">
        <Heading level={2}>{t('signalForm.sentTitle')}</Heading>
        <Paragraph>
          {result.outsideTenant
            ? t('signalForm.sentOutside', { team: result.teamName })
            : t('signalForm.sent', { team: result.teamName })}
        </Paragraph>
      </Alert>
      {result.meldcodeGuidance && <MeldcodeGuidance />}
      <div className="referral-actions">
        <Link to="/mijn-aanmeldingen">{t('signalForm.toMine')}</Link>
        <Button onClick={onAnother}>{t('signalForm.another')}</Button>
      </div>
    </>
  );
}

export function SignalFormPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t('signalForm.title'));
  const queryClient = useQueryClient();
  const resident = useSession()?.user.role === 'resident';
  const domains = useLifeDomains(resident);
  const [form, setForm] = useState(empty);
  const set =
    <K extends keyof typeof empty>(key: K) =>
    (value: (typeof empty)[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const mutation = useMutation({
    mutationFn: (body: CreateReferralRequest) => createReferral(body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: referralKeys.all });
    },
  });
  const fieldErrors = mutation.error instanceof ApiError ? mutation.error.problem?.errors : undefined;
  const err = (path: string) => fieldErrorFor(fieldErrors, path, language);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate({
      subject: {
        firstName: form.firstName,
        lastName: form.lastName,
        birthDate: form.birthDate,
        ...(form.bsn.trim() ? { bsn: form.bsn.trim() } : {}),
      },
      address: {
        street: form.street,
        houseNumber: form.houseNumber,
        postcode: form.postcode,
        city: form.city,
      },
      lifeDomains: form.lifeDomains,
      worry: form.worry,
      urgency: form.possibleUnsafety ? 'urgent' : form.urgency,
      possibleUnsafety: form.possibleUnsafety,
      familyKnows: form.familyKnows,
      familyAgrees: form.familyAgrees,
      familyContact: form.familyContact,
      reporterContact: form.reporterContact,
    });
  };

  return (
    <div>
      <Heading level={1}>{t('signalForm.title')}</Heading>
      {mutation.isSuccess ? (
        <Sent
          result={mutation.data}
          onAnother={() => {
            setForm(empty);
            mutation.reset();
          }}
        />
      ) : (
        <>
          <Paragraph lead>{t('signalForm.intro')}</Paragraph>
          <form className="referral-form" onSubmit={submit} noValidate>
            <Fieldset legend={t('signalForm.subjectLegend')}>
              <div className="referral-form__row">
                <TextField
                  label={t('signalForm.firstName')}
                  value={form.firstName}
                  onChange={set('firstName')}
                  required
                  error={err('subject.firstName')}
                />
                <TextField
                  label={t('signalForm.lastName')}
                  value={form.lastName}
                  onChange={set('lastName')}
                  required
                  error={err('subject.lastName')}
                />
              </div>
              <div className="referral-form__row">
                <TextField
                  label={t('signalForm.birthDate')}
                  type="date"
                  value={form.birthDate}
                  onChange={set('birthDate')}
                  required
                  error={err('subject.birthDate')}
                />
                <TextField
                  label={t('signalForm.bsn')}
                  hint={t('signalForm.bsnHint')}
                  inputMode="numeric"
                  value={form.bsn}
                  onChange={set('bsn')}
                  error={err('subject.bsn')}
                  autoComplete="off"
                />
              </div>
            </Fieldset>
            <Fieldset legend={t('signalForm.addressLegend')}>
              <div className="referral-form__row">
                <TextField
                  label={t('signalForm.street')}
                  value={form.street}
                  onChange={set('street')}
                  required
                  error={err('address.street')}
                />
                <TextField
                  label={t('signalForm.houseNumber')}
                  value={form.houseNumber}
                  onChange={set('houseNumber')}
                  required
                  error={err('address.houseNumber')}
                />
              </div>
              <div className="referral-form__row">
                <TextField
                  label={t('signalForm.postcode')}
                  hint={t('signalForm.postcodeHint')}
                  value={form.postcode}
                  onChange={set('postcode')}
                  required
                  error={err('address.postcode')}
                />
                <TextField
                  label={t('signalForm.city')}
                  value={form.city}
                  onChange={set('city')}
                  required
                  error={err('address.city')}
                />
              </div>
            </Fieldset>
            <Fieldset legend={t('signalForm.worryLegend')}>
              <Fieldset
                legend={resident ? t('signalForm.resident.lifeDomains') : t('signalForm.lifeDomains')}
                hint={resident ? t('signalForm.resident.lifeDomainsHint') : t('signalForm.lifeDomainsHint')}
              >
                {err('lifeDomains') && (
                  <Paragraph className="utrecht-form-field-error-message">{err('lifeDomains')}</Paragraph>
                )}
                <LifeDomainBoxes domains={domains} value={form.lifeDomains} onChange={set('lifeDomains')} />
              </Fieldset>
              <TextAreaField
                label={t('signalForm.worry')}
                value={form.worry}
                onChange={set('worry')}
                required
                error={err('worry')}
              />
              <CheckboxField
                label={t('signalForm.unsafety')}
                checked={form.possibleUnsafety}
                onChange={set('possibleUnsafety')}
              />
              {form.possibleUnsafety && <MeldcodeGuidance />}
              <Fieldset legend={t('signalForm.urgencyLegend')}>
                {(['normal', 'urgent'] as const).map((u) => (
                  <RadioField
                    key={u}
                    name="urgency"
                    value={u}
                    label={t(`urgency.${u}`)}
                    checked={(form.possibleUnsafety ? 'urgent' : form.urgency) === u}
                    onChange={(v) => set('urgency')(v as 'normal' | 'urgent')}
                  />
                ))}
              </Fieldset>
            </Fieldset>
            <Fieldset legend={t('signalForm.familyLegend')}>
              <CheckboxField
                label={t('signalForm.familyKnows')}
                checked={form.familyKnows}
                onChange={set('familyKnows')}
              />
              <CheckboxField
                label={t('signalForm.familyAgrees')}
                checked={form.familyAgrees}
                onChange={set('familyAgrees')}
              />
              <TextField
                label={t('signalForm.familyContact')}
                value={form.familyContact}
                onChange={set('familyContact')}
                required
                error={err('familyContact')}
              />
            </Fieldset>
            <TextField
              label={t('signalForm.reporterContact')}
              value={form.reporterContact}
              onChange={set('reporterContact')}
              required
              error={err('reporterContact')}
            />
            <ReferralSubmit
              mutation={mutation}
              label={t('signalForm.submit')}
              busyLabel={t('signalForm.submitting')}
            />
          </form>
        </>
      )}
    </div>
  );
}
