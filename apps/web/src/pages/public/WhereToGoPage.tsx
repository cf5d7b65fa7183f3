import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { publicTeamsQuery } from '../../api/referrals-api.ts';
import { useSession } from '../../auth/use-session.ts';
import { Alert } from '../../components/Alert.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { usePageTitle } from '../../layout/use-page-title.ts';
import '../referrals/referrals.css';

/** Public and unauthenticated: where to go, in plain Dutch. Collects nothing. */
export function WhereToGoPage() {
  const { t } = useTranslation();
  usePageTitle(t('whereToGo.title'));
  const session = useSession();
  const teams = useQuery(publicTeamsQuery);
  return (
    <div aria-busy={teams.isPending}>
      <Heading level={1}>{t('whereToGo.title')}</Heading>
      <Paragraph lead>{t('whereToGo.intro')}</Paragraph>
      <Alert type="warning">
        <Paragraph>{t('whereToGo.urgent')}</Paragraph>
      </Alert>
      {teams.isPending && <LoadingState />}
      {teams.isError && <ErrorState error={teams.error} onRetry={() => void teams.refetch()} />}
      {teams.isSuccess && (
        <ul className="referral-cards">
          {teams.data.items.map((team) => (
            <li key={team.id} className="referral-card">
              <Heading level={2}>{team.name}</Heading>
              {team.areas.map((a) => (
                <Paragraph key={a.name}>
                  <strong>{a.name}</strong> —{' '}
                  {t('whereToGo.postcodes', { postcodes: a.postcodes.join(', ') })}
                </Paragraph>
              ))}
              <dl className="referral-dl">
                {team.phone && (
                  <>
                    <dt>{t('whereToGo.phone')}</dt>
                    <dd>
                      <a
                        className="utrecht-link utrecht-link--html-a"
                        href={`tel:${team.phone.replaceAll(' ', '')}`}
                      >
                        {team.phone}
                      </a>
                    </dd>
                  </>
                )}
                {team.email && (
                  <>
                    <dt>{t('whereToGo.email')}</dt>
                    <dd>
                      <a className="utrecht-link utrecht-link--html-a" href={`mailto:${team.email}`}>
                        {team.email}
                      </a>
                    </dd>
                  </>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
      {!session && (
        <Paragraph>
          {t('whereToGo.login')} <Link to="/inloggen">{t('whereToGo.loginLink')}</Link>
        </Paragraph>
      )}
    </div>
  );
}
