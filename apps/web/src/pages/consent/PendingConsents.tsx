import type { Consent, ConsentList } from '@een-plan/contracts';
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
import { CheckboxField, SelectField, TextField } from '../households/form-fields.tsx';
import { useConsentText } from './use-consent-text.ts';
import './consent-pages.css';

function useDescribe(list: ConsentList) {
  const t = useConsentText();
  const { i18n } = useTranslation();
  const names = (ids: readonly string[]) =>
    new Intl.ListFormat(i18n.language === 'en' ? 'en' : 'nl', { type: 'conjunction' }).format(
      ids.map((id) => list.members.find((m) => m.personId === id)?.firstName ?? id),
    );
  return (consent: Consent) => ({
    grantee: consent.grantee.name,
    subject: consent.subject.firstName,
    sections: consent.sections.map((s) => t(`consent.sections.${s}`).toLowerCase()).join(', '),
    givers: consent.givenBy.length ? names(consent.givenBy.map((g) => g.personId)) : t('completion.nobody'),
    names: names(consent.stillNeeded),
  });
}

/** A resident whose own agreement the consent waits for says yes to the SAME consent. */
function AgreeCard({ consent, list }: { consent: Consent; list: ConsentList }) {
  const t = useConsentText();
  const { t: td } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const describe = useDescribe(list);
  const agree = useMutation({
    mutationFn: () => consentApi.complete(list.householdId, consent.id, { version: consent.version }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['consents'] }),
  });
  return (
    <li className="pending-consents__item">
      <Paragraph>{t('completion.pendingForYou', describe(consent))}</Paragraph>
      <div aria-live="polite">
        {agree.isError && (
          <Alert type="error">
            <Paragraph>{errorMessage(agree.error, language, td)}</Paragraph>
          </Alert>
        )}
        {agree.isSuccess && <Alert type="ok">{t('completion.agreed')}</Alert>}
      </div>
      {!agree.isSuccess && (
        <Button appearance="primary-action" onClick={() => agree.mutate()} busy={agree.isPending}>
          {t('completion.agree')}
        </Button>
      )}
    </li>
  );
}

/**
 * The coordinator records, on the same consent, the agreement of the party still missing: who,
 * on which day, how — and for paper, that the signed form is on file.
 */
function RecordCompletionForm({ consent, list }: { consent: Consent; list: ConsentList }) {
  const t = useConsentText();
  const { t: td } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const describe = useDescribe(list);
  const [givers, setGivers] = useState<string[]>(consent.stillNeeded.slice(0, 1));
  const [givenOn, setGivenOn] = useState(new Date().toISOString().slice(0, 10));
  const [via, setVia] = useState<'paper' | 'conversation'>('paper');
  const [signedForm, setSignedForm] = useState(false);
  const record = useMutation({
    mutationFn: () =>
      consentApi.complete(list.householdId, consent.id, {
        version: consent.version,
        recorded: { givenByPersonIds: givers, givenOn, via, signedForm: via === 'paper' && signedForm },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['consents'] }),
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    record.mutate();
  }
  const firstName = (id: string) => list.members.find((m) => m.personId === id)?.firstName ?? id;
  return (
    <li className="pending-consents__item">
      <Paragraph>{t('completion.pendingForOthers', describe(consent))}</Paragraph>
      <details className="pending-consents__record">
        <summary>{t('completion.record', { names: describe(consent).names })}</summary>
        <form
          onSubmit={submit}
          noValidate
          aria-label={t('completion.record', { names: describe(consent).names })}
        >
          <fieldset className="utrecht-form-fieldset">
            <legend className="utrecht-form-fieldset__legend">{t('completion.recordWho')}</legend>
            {consent.stillNeeded.map((id) => (
              <CheckboxField
                key={id}
                label={firstName(id)}
                checked={givers.includes(id)}
                onChange={(e) =>
                  setGivers(e.target.checked ? [...givers, id] : givers.filter((g) => g !== id))
                }
              />
            ))}
          </fieldset>
          <TextField
            label={t('completion.recordOn')}
            type="date"
            value={givenOn}
            onChange={(e) => setGivenOn(e.target.value)}
          />
          <SelectField
            label={t('completion.recordVia')}
            value={via}
            onChange={(e) => setVia(e.target.value as 'paper' | 'conversation')}
          >
            <option value="paper">{t('consent.via.paper')}</option>
            <option value="conversation">{t('consent.via.conversation')}</option>
          </SelectField>
          {via === 'paper' && (
            <CheckboxField
              label={`${t('completion.signedForm')} (${t('completion.signedFormHint').toLowerCase()})`}
              checked={signedForm}
              onChange={(e) => setSignedForm(e.target.checked)}
            />
          )}
          <div aria-live="polite">
            {record.isError && (
              <Alert type="error">
                <Paragraph>{errorMessage(record.error, language, td)}</Paragraph>
              </Alert>
            )}
            {record.isSuccess && <Alert type="ok">{t('completion.recorded')}</Alert>}
          </div>
          <Button type="submit" appearance="primary-action" busy={record.isPending}>
            {t('completion.recordSubmit')}
          </Button>
        </form>
      </details>
    </li>
  );
}

/**
 * Consents that wait for a second party (12–15: the child and a parent). A resident sees the ones
 * waiting for them and agrees; the coordinator records the missing agreement on the same consent.
 */
export function PendingConsents({ list, recording }: { list: ConsentList; recording: boolean }) {
  const t = useConsentText();
  const waiting = list.consents.filter(
    (c) => c.status === 'incomplete' && c.stillNeeded.length > 0 && (recording || c.canAgree),
  );
  if (waiting.length === 0) return null;
  return (
    <section aria-labelledby="consent-pending" className="pending-consents">
      <Heading level={2} id="consent-pending">
        {t('completion.pendingTitle')}
      </Heading>
      <Paragraph>{t('completion.pendingIntro')}</Paragraph>
      <ul className="pending-consents__list">
        {waiting.map((c) =>
          recording ? (
            <RecordCompletionForm key={c.id} consent={c} list={list} />
          ) : (
            <AgreeCard key={c.id} consent={c} list={list} />
          ),
        )}
      </ul>
    </section>
  );
}
