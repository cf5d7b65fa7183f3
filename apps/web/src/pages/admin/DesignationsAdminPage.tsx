import type { DesignationAdminList, Role } from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { designationsQuery, setDesignation } from '../../api/safety-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { errorMessage } from '../../i18n/error-message.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { formatDate } from '../referrals/format.ts';
import './designations-admin.css';

type Organisation = DesignationAdminList['organisations'][number];
type Change = { organisation: Organisation; person: Organisation['people'][number]; designated: boolean };

/**
 * The administrator names each organisation's aandachtsfunctionarissen (decision 0018): a
 * designation on top of the person's own role; the server audits every change.
 */
export function DesignationsAdminPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  usePageTitle(t('designations.title'));
  const queryClient = useQueryClient();
  const list = useQuery(designationsQuery);
  const change = useMutation({
    mutationFn: ({ organisation, person, designated }: Change) =>
      setDesignation(organisation.id, person.userId, designated),
    onSuccess: (saved) => queryClient.setQueryData(designationsQuery.queryKey, saved),
  });
  const done = change.variables;
  return (
    <div aria-busy={list.isPending}>
      <Heading level={1}>{t('designations.title')}</Heading>
      <Paragraph lead>{t('designations.intro')}</Paragraph>
      <div aria-live="polite">
        {change.isError && <Alert type="error">{errorMessage(change.error, language, t)}</Alert>}
        {change.isSuccess && done && (
          <Alert type="ok">
            {t(done.designated ? 'designations.designated' : 'designations.undesignated', {
              name: done.person.displayName,
              organisation: done.organisation.name,
            })}
          </Alert>
        )}
      </div>
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.isSuccess && list.data.organisations.length === 0 && (
        <Paragraph>{t('designations.empty')}</Paragraph>
      )}
      {list.data?.organisations.map((organisation) => (
        <section key={organisation.id} className="designations" aria-labelledby={`org-${organisation.id}`}>
          <Heading level={2} id={`org-${organisation.id}`}>
            {organisation.name}
          </Heading>
          {!organisation.people.some((p) => p.designatedAt) && (
            <Paragraph>{t('designations.none')}</Paragraph>
          )}
          <ul className="designations__people">
            {organisation.people.map((person) => (
              <li key={person.userId} className="designations__person">
                <span className="designations__who">
                  <strong>{person.displayName}</strong> ({t(`roles.${person.role as Role}`)}){' '}
                  {person.designatedAt ? (
                    <>
                      <StatusBadge status="active">{t('designations.designatedBadge')}</StatusBadge>{' '}
                      {t('designations.since', { date: formatDate(person.designatedAt, language) })}
                    </>
                  ) : (
                    <span className="designations__not">{t('designations.notDesignated')}</span>
                  )}
                </span>
                <Button
                  appearance={person.designatedAt ? 'secondary-action' : 'primary-action'}
                  busy={change.isPending && done?.person.userId === person.userId}
                  disabled={change.isPending}
                  onClick={() => change.mutate({ organisation, person, designated: !person.designatedAt })}
                >
                  {t(person.designatedAt ? 'designations.undesignate' : 'designations.designate', {
                    name: person.displayName,
                  })}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
