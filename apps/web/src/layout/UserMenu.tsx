import type { SessionUser } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { useLogout } from '../auth/use-logout.ts';
import { Button } from '../components/Button.tsx';
import { Link } from '../components/Link.tsx';
import { errorMessage } from '../i18n/error-message.ts';
import { useLanguage } from '../i18n/use-language.ts';

interface UserMenuProps {
  user: SessionUser;
}

export function UserMenu({ user }: UserMenuProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const logout = useLogout();
  return (
    <div className="user-menu">
      <p className="user-menu__identity">
        <span className="visually-hidden">{t('header.loggedInAs')} </span>
        <span className="user-menu__name">{user.displayName}</span>
        <span className="user-menu__role">
          {t(`roles.${user.role}`)}
          {user.organisation && ` · ${user.organisation.name}`}
        </span>
      </p>
      {user.role !== 'resident' && <Link to="/instellingen">{t('notificationSettings.nav')}</Link>}
      <Button
        appearance="secondary-action"
        busy={logout.isPending}
        disabled={logout.isPending}
        onClick={() => logout.mutate()}
      >
        {logout.isPending ? t('header.loggingOut') : t('header.logout')}
      </Button>
      {logout.isError && (
        <p role="alert" className="user-menu__error">
          {errorMessage(logout.error, language, t)}
        </p>
      )}
    </div>
  );
}
