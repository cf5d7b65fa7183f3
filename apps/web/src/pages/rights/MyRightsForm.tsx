import type { ComplaintAbout, MyRights, PortalRightsFiling } from '@een-plan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileMyRight, rightsKeys } from '../../api/rights-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { amsterdamToday } from '../../i18n/dates.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { SelectField, TextAreaField } from '../households/form-fields.tsx';
import { formatDate } from '../referrals/format.ts';

type Kind = PortalRightsFiling['kind'];

/** The resident objects, complains, or asks for a second opinion or another coordinator. */
export function MyRightsForm({ data }: { data: MyRights }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<Kind>('objection');
  const [relatedCaseId, setRelatedCaseId] = useState('');
  const [about, setAbout] = useState<ComplaintAbout>('municipality');
  const [organisationId, setOrganisationId] = useState('');
  const [subject, setSubject] = useState('');
  const [lateReason, setLateReason] = useState('');
  const decisions = data.cases.filter((c) => c.kind === 'request' && c.decidedOn);
  const chosen = decisions.find((c) => c.id === relatedCaseId);
  const late = kind === 'objection' && !!chosen?.filingDeadline && amsterdamToday() > chosen.filingDeadline;

  const mutation = useMutation({
    mutationFn: (body: PortalRightsFiling) => fileMyRight(body),
    onSuccess: async () => {
      setSubject('');
      setLateReason('');
      await queryClient.invalidateQueries({ queryKey: rightsKeys.mine });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const text = subject.trim();
    if (kind === 'objection') {
      mutation.mutate({
        kind,
        relatedCaseId,
        subject: text,
        ...(late ? { lateReason: lateReason.trim() } : {}),
      });
    } else if (kind === 'complaint') {
      mutation.mutate({ kind, about, subject: text, ...(about === 'provider' ? { organisationId } : {}) });
    } else {
      mutation.mutate({ kind, subject: text });
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Heading level={2}>{t('rights.portal.formTitle')}</Heading>
      <SelectField
        label={t('rights.portal.formKind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as Kind)}
      >
        <option value="objection">{t('rights.portal.formKindObjection')}</option>
        <option value="complaint">{t('rights.portal.formKindComplaint')}</option>
        <option value="second_opinion">{t('rights.portal.formKindSecondOpinion')}</option>
        <option value="coordinator_change">{t('rights.portal.formKindChange')}</option>
      </SelectField>
      {kind === 'objection' &&
        (decisions.length === 0 ? (
          <Paragraph>{t('rights.portal.formNoDecisions')}</Paragraph>
        ) : (
          <SelectField
            label={t('rights.portal.formDecision')}
            value={relatedCaseId}
            onChange={(e) => setRelatedCaseId(e.target.value)}
          >
            <option value="">{t('rights.portal.formChoose')}</option>
            {decisions.map((c) => (
              <option key={c.id} value={c.id}>
                {c.subject} ({formatDate(c.decidedOn as string, language)})
              </option>
            ))}
          </SelectField>
        ))}
      {kind === 'complaint' && (
        <>
          <SelectField
            label={t('rights.portal.formAbout')}
            value={about}
            onChange={(e) => setAbout(e.target.value as ComplaintAbout)}
          >
            {(['municipality', 'professional', 'provider'] as const).map((a) => (
              <option key={a} value={a}>
                {t(`rights.words.about.${a}`)}
              </option>
            ))}
          </SelectField>
          {about === 'provider' && (
            <SelectField
              label={t('rights.portal.formProvider')}
              value={organisationId}
              onChange={(e) => setOrganisationId(e.target.value)}
            >
              <option value="">{t('rights.portal.formChoose')}</option>
              {data.providers.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </SelectField>
          )}
        </>
      )}
      <TextAreaField
        label={t('rights.portal.formSubject')}
        hint={t('rights.portal.formSubjectHint')}
        value={subject}
        maxLength={2000}
        onChange={(e) => setSubject(e.target.value)}
      />
      {late && (
        <TextAreaField
          label={t('rights.portal.formLateReason')}
          hint={t('rights.portal.formLateHint')}
          value={lateReason}
          maxLength={1000}
          onChange={(e) => setLateReason(e.target.value)}
        />
      )}
      {mutation.isError && <Alert type="error">{errorMessage(mutation.error, language, t)}</Alert>}
      {mutation.isSuccess && <Alert type="ok">{t('rights.portal.formSent')}</Alert>}
      <Button type="submit" disabled={mutation.isPending}>
        {t('rights.portal.formSend')}
      </Button>
    </form>
  );
}
