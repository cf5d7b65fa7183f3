import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { authConfigQuery } from '../api/queries.ts';
import { ErrorState } from '../components/ErrorState.tsx';
import { Heading } from '../components/Heading.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { Paragraph } from '../components/Paragraph.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { DemoLoginSection } from './DemoLoginSection.tsx';
import { OidcLoginForm } from './OidcLoginForm.tsx';

export function LoginPage() {
  const { t } = useTranslation();
  usePageTitle(t('login.title'));
  const config = useQuery(authConfigQuery);

  return (
    <div className="login-page">
      <Heading level={1}>{t('login.title')}</Heading>
      <Paragraph lead>{t('login.intro')}</Paragraph>
      {config.isPending && <LoadingState />}
      {config.isError && <ErrorState error={config.error} onRetry={() => void config.refetch()} />}
      {config.isSuccess && (
        <>
          {config.data.oidc && <OidcLoginForm />}
          {config.data.demoLogin && <DemoLoginSection />}
          {!config.data.oidc && !config.data.demoLogin && <Paragraph>{t('login.noMethods')}</Paragraph>}
        </>
      )}
    </div>
  );
}
