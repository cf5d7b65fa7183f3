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

/** One consent: to whom, what and why, its status, and revoking or co-signing it. */
export function ConsentRow({
  consent,
  householdId,
  members,
  resident,
}: {
  consent: Consent;
  householdId: string;
  members: ConsentList['members'];
  resident: boolean;
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
  const cosign = useMutation({
    mutationFn: () => consentApi.cosign(householdId, consent.id, consent.version),
    onSuccess: refresh,
  });
  const open = consent.status !== 'revoked' && consent.status !== 'expired';
  const needed = consent.stillNeeded.map((id) => members.find((m) => m.personId === id)?.firstName ?? id);
  const failed = revoke.error ?? cosign.error;
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
      </TableCell>
      <TableCell>
        {open && (
          <Button onClick={() => revoke.mutate()} busy={revoke.isPending}>
            {t('consent.revoke')}
          </Button>
        )}
        {resident && open && consent.status === 'incomplete' && (
          <Button onClick={() => cosign.mutate()} busy={cosign.isPending}>
            {t('consent.cosign')}
          </Button>
        )}
        <div aria-live="polite">
          {revoke.isSuccess && t('consent.revoked')}
          {cosign.isSuccess && t('consent.cosigned')}
          {failed && errorMessage(failed, language, td)}
        </div>
      </TableCell>
    </TableRow>
  );
}
