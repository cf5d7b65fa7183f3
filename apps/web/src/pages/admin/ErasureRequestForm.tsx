import {
  ageOn,
  type ErasureCandidate,
  type ErasureCandidateMember,
  mayAskErasureOf,
  mayRequestErasure,
} from '@een-plan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { erasureRequestsQuery, recordErasureRequest } from '../../api/retention-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { amsterdamToday, formatDate } from '../../i18n/dates.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { RadioGroup } from '../households/form-fields.tsx';
import { Fieldset, TextField } from '../referrals/fields.tsx';
import '../households/households.css';
import { ErasureHouseholdPicker, householdLine } from './ErasureHouseholdPicker.tsx';

const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/** Who may ask (Jeugdwet 7.3.9), said in words beside each member; the server decides again. */
function legalCheck(member: ErasureCandidateMember, receivedOn: string) {
  const on = isDate(receivedOn) ? receivedOn : amsterdamToday();
  const age = ageOn(member.birthDate, on);
  if (member.isParent) return { kind: 'parent' as const, allowed: true, age };
  return { kind: 'youth' as const, allowed: mayRequestErasure('youth', member, on), age };
}

type Field = 'household' | 'receivedOn' | 'requester';

/** Record an erasure request: pick the household, the day it arrived and who asked. */
export function ErasureRequestForm() {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [household, setHousehold] = useState<ErasureCandidate | null>(null);
  const [requesterId, setRequesterId] = useState('');
  const [receivedOn, setReceivedOn] = useState(amsterdamToday);
  /** 'dossier', or the id of the one person whose data is to be erased. */
  const [about, setAbout] = useState('dossier');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const record = useMutation({
    mutationFn: recordErasureRequest,
    onSuccess: () => {
      setHousehold(null);
      setRequesterId('');
      setAbout('dossier');
      void queryClient.invalidateQueries({ queryKey: erasureRequestsQuery.queryKey });
    },
  });
  const requester = household?.members.find((m) => m.personId === requesterId);
  // The people the requester may ask erasure of: themself, and a child when they are a parent.
  const subjects = requester ? (household?.members ?? []).filter((m) => mayAskErasureOf(requester, m)) : [];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!household) found.household = t('retention.errors.household');
    if (!isDate(receivedOn) || receivedOn > amsterdamToday())
      found.receivedOn = t('retention.errors.receivedOn');
    if (household && !requester) found.requester = t('retention.errors.requester');
    else if (requester && !legalCheck(requester, receivedOn).allowed)
      found.requester = t('retention.errors.requesterNotAllowed');
    setErrors(found);
    if (Object.keys(found).length > 0 || !household || !requester) {
      record.reset();
      return;
    }
    record.mutate({
      householdId: household.householdId,
      requesterPersonId: requester.personId,
      requesterKind: legalCheck(requester, receivedOn).kind,
      receivedOn,
      ...(about === 'dossier' ? {} : { subjectPersonId: about }),
    });
  };
  const count = Object.keys(errors).length;
  return (
    <form className="referral-form" onSubmit={submit} noValidate aria-labelledby="erasure-new">
      <Heading level={3} id="erasure-new">
        {t('retention.newErasure')}
      </Heading>
      {count > 0 && <Alert type="error">{t('retention.errors.fix', { count })}</Alert>}
      <ErasureHouseholdPicker
        chosen={household}
        onChoose={(h) => {
          setHousehold(h);
          setRequesterId('');
          if (h) setErrors(({ household: _, ...rest }) => rest);
          record.reset();
        }}
        error={errors.household}
      />
      <Fieldset legend={t('retention.receivedLegend')}>
        <TextField
          label={t('retention.receivedOn')}
          type="date"
          value={receivedOn}
          onChange={(v) => {
            setReceivedOn(v);
            setErrors(({ receivedOn: _, ...rest }) => rest);
          }}
          error={errors.receivedOn}
          required
        />
      </Fieldset>
      {household && (
        <Fieldset legend={t('retention.requesterLegend')} hint={t('retention.requesterHint')}>
          <p className="utrecht-paragraph">
            {t('retention.chosenHousehold', { household: householdLine(t, household) })}
          </p>
          <div className="retention-choices">
            <RadioGroup
              legend={t('retention.requesterChoose')}
              name="erasure-requester"
              value={requesterId || null}
              error={errors.requester}
              onChange={(id) => {
                setRequesterId(id);
                setAbout('dossier');
                setErrors(({ requester: _, ...rest }) => rest);
              }}
              options={household.members.map((m) => {
                const check = legalCheck(m, receivedOn);
                return {
                  value: m.personId,
                  // The legal check is part of the label, so a screen reader hears it with the name.
                  label: (
                    <>
                      {t('retention.member', {
                        firstName: m.firstName,
                        lastName: m.lastName,
                        birthDate: formatDate(m.birthDate, language),
                        role: t(`dossier.roles.${m.memberRole}`, { defaultValue: m.memberRole }),
                      })}{' '}
                      <span className="retention-check">
                        {check.allowed
                          ? t(`retention.check.${check.kind}`, { age: check.age })
                          : t('retention.check.no', { age: check.age })}
                      </span>
                    </>
                  ),
                };
              })}
            />
          </div>
        </Fieldset>
      )}
      {requester && (
        <Fieldset legend={t('retention.scopeLegend')} hint={t('retention.scopeHint')}>
          <div className="retention-choices">
            <RadioGroup
              legend={t('retention.scopeChoose')}
              name="erasure-about"
              value={about}
              onChange={setAbout}
              options={[
                { value: 'dossier', label: t('retention.scopeDossier') },
                ...subjects.map((m) => ({
                  value: m.personId,
                  label: `${t('retention.scopePerson', { firstName: m.firstName, lastName: m.lastName })} ${t(
                    m.personId === requester.personId ? 'retention.scopeSelf' : 'retention.scopeChild',
                  )}`,
                })),
              ]}
            />
          </div>
        </Fieldset>
      )}
      {record.isError && <ErrorState error={record.error} />}
      {record.isSuccess && <Alert type="ok">{t('retention.erasureRecorded')}</Alert>}
      <Button type="submit" appearance="primary-action" busy={record.isPending}>
        {t('retention.newErasure')}
      </Button>
    </form>
  );
}
