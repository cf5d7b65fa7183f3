import { useTranslation } from 'react-i18next';
import { oidcLoginPath } from '../api/auth-api.ts';
import { Button } from '../components/Button.tsx';

/** A plain form: OpenID Connect needs a full page navigation, and this works without scripts. */
export function OidcLoginForm() {
  const { t } = useTranslation();
  return (
    <form method="get" action={oidcLoginPath} className="login-oidc">
      <Button type="submit" appearance="primary-action">
        {t('login.oidcButton')}
      </Button>
    </form>
  );
}
