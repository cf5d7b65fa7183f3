import type { NetworkMember } from '@een-plan/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { decideNetworkMember } from '../../api/households-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';

/** Network members the family suggested; the coordinator accepts or declines each. */
export function SuggestionsSection({
  householdId,
  suggestions,
  canEdit,
}: {
  householdId: string;
  suggestions: NetworkMember[];
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const decide = useMutation({
    mutationFn: ({ member, decision }: { member: NetworkMember; decision: 'accept' | 'decline' }) =>
      decideNetworkMember(householdId, member.id, { version: member.version, decision }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['households'] }),
  });
  return (
    <>
      <Heading level={3}>{t('intake.suggestionsTitle')}</Heading>
      <div aria-live="polite">
        {decide.isSuccess && (
          <Alert type="ok">
            {decide.data.status === 'active'
              ? t('intake.accepted', { name: decide.data.name })
              : t('intake.declined', { name: decide.data.name })}
          </Alert>
        )}
        {decide.isError && <ErrorState error={decide.error} />}
      </div>
      {suggestions.length === 0 ? (
        <Paragraph>{t('intake.suggestionsEmpty')}</Paragraph>
      ) : (
        <UnorderedList>
          {suggestions.map((s) => (
            <UnorderedListItem key={s.id}>
              <strong>{s.name}</strong> – {t(`dossier.relations.${s.relation}`)}
              {s.phone ? ` · ${s.phone}` : ''}
              {s.helpNote && <Paragraph className="preparation-prewrap">{s.helpNote}</Paragraph>}
              {canEdit && (
                <div className="form-actions">
                  <Button
                    appearance="primary-action"
                    disabled={decide.isPending}
                    onClick={() => decide.mutate({ member: s, decision: 'accept' })}
                  >
                    {t('intake.accept', { name: s.name })}
                  </Button>
                  <Button
                    disabled={decide.isPending}
                    onClick={() => decide.mutate({ member: s, decision: 'decline' })}
                  >
                    {t('intake.decline', { name: s.name })}
                  </Button>
                </div>
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </>
  );
}
