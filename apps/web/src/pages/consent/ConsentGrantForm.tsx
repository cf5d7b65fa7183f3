import { type ConsentList, ConsentPurposeCategory, ConsentSection } from '@een-plan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { consentApi } from '../../api/consent-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../households/form-fields.tsx';
import { useConsentText } from './use-consent-text.ts';

function inMonths(months: number): string {
  const d = new Date();
  d.setMonth(d.getMonth() + months);
  return d.toISOString().slice(0, 10);
}

/**
 * Gives a consent: about whom, to which organisation or person, which sections, why and until
 * when. With `recording`, the coordinator also records who gave it, on which day and how.
 */
export function ConsentGrantForm({ list, recording = false }: { list: ConsentList; recording?: boolean }) {
  const t = useConsentText();
  const { t: td } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [subjectPersonId, setSubject] = useState(list.members[0]?.personId ?? '');
  // "org:<id>" or "user:<id>" (a household member with a login).
  const [who, setWho] = useState('');
  const [professionalId, setProfessional] = useState('');
  const organisationId = who.startsWith('org:') ? who.slice(4) : '';
  const professionals = list.people.filter((p) => !p.family && p.organisationId === organisationId);
  const family = list.people.filter((p) => p.family);
  const grantee = professionalId
    ? { kind: 'user' as const, ref: professionalId }
    : who.startsWith('user:')
      ? { kind: 'user' as const, ref: who.slice(5) }
      : { kind: 'organisation' as const, ref: organisationId };
  const [sections, setSections] = useState<ConsentSection[]>(['plan']);
  const [purposeCategory, setPurpose] = useState<ConsentPurposeCategory>('care_delivery');
  const [purposeText, setPurposeText] = useState('');
  const [validUntil, setUntil] = useState(inMonths(12));
  const [givers, setGivers] = useState<string[]>([]);
  const [givenOn, setGivenOn] = useState(new Date().toISOString().slice(0, 10));
  const [via, setVia] = useState<'paper' | 'conversation'>('conversation');
  const grant = useMutation({
    mutationFn: () =>
      consentApi.grant(list.householdId, {
        subjectPersonId,
        grantee,
        sections,
        purposeCategory,
        purposeText,
        validUntil,
        ...(recording ? { recorded: { givenByPersonIds: givers, givenOn, via } } : {}),
      }),
    onSuccess: async () => {
      setPurposeText('');
      await queryClient.invalidateQueries({ queryKey: ['consents'] });
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    grant.mutate();
  }
  const toggle = (s: ConsentSection, on: boolean) =>
    setSections(on ? [...new Set([...sections, s])] : sections.filter((x) => x !== s));
  return (
    <form onSubmit={submit} noValidate aria-labelledby="consent-grant">
      <Heading level={2} id="consent-grant">
        {t('consent.grantTitle')}
      </Heading>
      <Paragraph>{t('consent.ageRules')}</Paragraph>
      <SelectField
        label={t('consent.grantSubject')}
        value={subjectPersonId}
        onChange={(e) => setSubject(e.target.value)}
      >
        {list.members.map((m) => (
          <option key={m.personId} value={m.personId}>
            {m.firstName} ({m.age})
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('consent.grantOrganisation')}
        value={who}
        onChange={(e) => {
          setWho(e.target.value);
          setProfessional('');
        }}
        required
      >
        <option value="">{t('consent.choose')}</option>
        <optgroup label={t('consent.grantGroupOrganisations')}>
          {list.organisations.map((o) => (
            <option key={o.id} value={`org:${o.id}`}>
              {o.name}
            </option>
          ))}
        </optgroup>
        {family.length > 0 && (
          <optgroup label={t('consent.grantGroupFamily')}>
            {family.map((p) => (
              <option key={p.userId} value={`user:${p.userId}`}>
                {p.name}
              </option>
            ))}
          </optgroup>
        )}
      </SelectField>
      {professionals.length > 0 && (
        <SelectField
          label={t('consent.grantProfessional')}
          value={professionalId}
          onChange={(e) => setProfessional(e.target.value)}
        >
          <option value="">{t('consent.grantWholeOrganisation')}</option>
          {professionals.map((p) => (
            <option key={p.userId} value={p.userId}>
              {p.name}
            </option>
          ))}
        </SelectField>
      )}
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t('consent.grantSections')}</legend>
        {ConsentSection.options.map((s) => (
          <CheckboxField
            key={s}
            label={t(`consent.sections.${s}`)}
            checked={sections.includes(s)}
            onChange={(e) => toggle(s, e.target.checked)}
          />
        ))}
      </fieldset>
      {recording && (
        <>
          <fieldset className="utrecht-form-fieldset">
            <legend className="utrecht-form-fieldset__legend">{t('consent.recordGivers')}</legend>
            {list.members.map((m) => (
              <CheckboxField
                key={m.personId}
                label={`${m.firstName} (${m.age})`}
                checked={givers.includes(m.personId)}
                onChange={(e) =>
                  setGivers(
                    e.target.checked ? [...givers, m.personId] : givers.filter((g) => g !== m.personId),
                  )
                }
              />
            ))}
          </fieldset>
          <TextField
            label={t('consent.recordGivenOn')}
            type="date"
            value={givenOn}
            onChange={(e) => setGivenOn(e.target.value)}
          />
          <SelectField
            label={t('consent.recordVia')}
            value={via}
            onChange={(e) => setVia(e.target.value as 'paper' | 'conversation')}
          >
            <option value="conversation">{t('consent.via.conversation')}</option>
            <option value="paper">{t('consent.via.paper')}</option>
          </SelectField>
        </>
      )}
      <SelectField
        label={t('consent.grantPurposeCategory')}
        value={purposeCategory}
        onChange={(e) => setPurpose(e.target.value as ConsentPurposeCategory)}
      >
        {ConsentPurposeCategory.options.map((p) => (
          <option key={p} value={p}>
            {t(`consent.purposes.${p}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t('consent.grantPurposeText')}
        value={purposeText}
        maxLength={2000}
        rows={3}
        onChange={(e) => setPurposeText(e.target.value)}
      />
      <TextField
        label={t('consent.grantUntil')}
        type="date"
        value={validUntil}
        onChange={(e) => setUntil(e.target.value)}
      />
      <div aria-live="polite">
        {grant.isError && (
          <Alert type="error">
            <Paragraph>{errorMessage(grant.error, language, td)}</Paragraph>
          </Alert>
        )}
        {grant.isSuccess && <Alert type="ok">{t('consent.granted')}</Alert>}
      </div>
      <Button type="submit" appearance="primary-action" busy={grant.isPending}>
        {t('consent.grantSubmit')}
      </Button>
    </form>
  );
}
