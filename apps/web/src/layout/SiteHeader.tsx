import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/use-session.ts';
import { Link } from '../components/Link.tsx';
import { PageHeader } from '../components/Page.tsx';
import { TaskCountBadge } from '../pages/tasks/TaskCountBadge.tsx';
import { useAppliedTenantTheme } from '../theme/use-applied-theme.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { UserMenu } from './UserMenu.tsx';

export function SiteHeader() {
  const { t } = useTranslation();
  const session = useSession();
  // The header is on every page, so it is where the theme is applied.
  const theme = useAppliedTenantTheme();
  return (
    <PageHeader>
      <div className="site-header">
        <div className="site-header__identity">
          {theme?.logo && <img className="site-header__logo" src={theme.logo} alt={theme.name} />}
          <div className="site-header__brand">
            <Link to="/" className="site-header__product">
              {t('app.name')}
            </Link>
            {session ? (
              <span className="site-header__tenant">{theme?.name ?? session.user.tenantName}</span>
            ) : (
              <span className="site-header__tenant">{t('app.tagline')}</span>
            )}
          </div>
        </div>
        <div className="site-header__tools">
          <LanguageSwitch />
          {session && session.user.role !== 'resident' && <TaskCountBadge />}
          {session && <UserMenu user={session.user} />}
        </div>
      </div>
    </PageHeader>
  );
}
