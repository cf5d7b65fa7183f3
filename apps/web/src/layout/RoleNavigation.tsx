import type { Role } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { NavBar, NavListLink } from '../components/NavBar.tsx';
import { navigationItems } from './navigation-items.ts';

/** The workspace home has sections under its path; the portal's "Mijn plan" is the resident's one section. */
const isHome = (to: string) => to === '/werkruimte';

export interface RoleNavigationProps {
  role: Role;
}

export function RoleNavigation({ role }: RoleNavigationProps) {
  const { t } = useTranslation();
  return (
    <NavBar label={t('navigation.label')}>
      {navigationItems(role).map((item) => (
        // A section is current on its own pages and the pages under it; the workspace home only
        // on itself, so "Home" is not highlighted on every workspace page.
        <NavListLink key={item.to} to={item.to} activeOptions={{ exact: isHome(item.to) }}>
          {t(item.labelKey)}
        </NavListLink>
      ))}
    </NavBar>
  );
}
