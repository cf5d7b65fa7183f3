import type { Consent, ConsentList } from '@een-plan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { consentApi } from '../../api/consent-api.ts';
import { Button } from '../../components/Button.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { TableCell, TableRow } from '../../components/Table.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { formatDate } from '../plans/PlanView.tsx';
import { useConsentText } from './use-consent-text.ts';

/** One consent: to whom, what and why, its status, who completed it later, and revoking it. */
export function ConsentRow({
  consent,
  householdId,
  members,
}: {
  consent: Consent;
  householdId: string;
  members: ConsentList['members'];
}) {
  const t = useConsentText();
  const { t: td } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['consents'] });
  const revoke = useMutation({
    mutationFn: () => consentApi.revoke(householdId, consent.id, consent.version),
    onSuccess: refresh,
  });
  const open = consent.status !== 'revoked' && consent.status !== 'expired';
  const needed = consent.stillNeeded.map((id) => members.find((m) => m.personId === id)?.firstName ?? id);
  const failed = revoke.error;
  return (
    <TableRow>
      <TableCell>{consent.subject.firstName}</TableCell>
      <TableCell>{consent.grantee.name}</TableCell>
      <TableCell>{consent.sections.map((s) => t(`consent.sections.${s}`)).join(', ')}</TableCell>
      <TableCell>
        {t(`consent.purposes.${consent.purposeCategory}`)}
        {consent.purposeText && <> — {consent.purposeText}</>}
      </TableCell>
      <TableCell>{formatDate(consent.validUntil, language)}</TableCell>
      <TableCell>
        <StatusBadge status={consent.status === 'active' ? 'active' : 'neutral'}>
          {t(`consent.statuses.${consent.status}`)}
        </StatusBadge>
        {needed.length > 0 && open && <div>{t('consent.stillNeeded', { names: needed.join(', ') })}</div>}
      </TableCell>
      <TableCell>
        {t(`consent.via.${consent.recordedVia}`)}
        {consent.recordedVia !== 'portal' && (
          <div>
            {t('consent.recordedBy', {
              name: consent.recordedByName,
              date: formatDate(consent.givenOn, language),
            })}
          </div>
        )}
        {consent.coSignatures.map((c) => (
          <div key={c.personId}>
            {t('completion.coSigned', {
              name: c.firstName,
              via: t(`consent.via.${c.via}`),
              date: formatDate(c.givenOn, language),
            })}
            {c.via !== 'portal' && <> — {t('completion.coSignedBy', { name: c.recordedByName })}</>}
            {c.signedForm && <> — {t('completion.signedFormOnFile')}</>}
          </div>
        ))}
      </TableCell>
      <TableCell>
        {open && (
          <Button onClick={() => revoke.mutate()} busy={revoke.isPending}>
            {t('consent.revoke')}
          </Button>
        )}
        <div aria-live="polite">
          {revoke.isSuccess && t('consent.revoked')}
          {failed && errorMessage(failed, language, td)}
        </div>
      </TableCell>
    </TableRow>
  );
}
