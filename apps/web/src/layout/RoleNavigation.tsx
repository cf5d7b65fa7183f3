import type { Role } from '@een-plan/contracts';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { myDesignationsQuery } from '../api/safety-api.ts';
import { NavBar, NavListLink } from '../components/NavBar.tsx';
import { DESIGNATABLE_ROLES, navigationItems } from './navigation-items.ts';

/** The workspace home has sections under its path; the portal's "Mijn plan" is the resident's one section. */
const isHome = (to: string) => to === '/werkruimte';

interface RoleNavigationProps {
  role: Role;
}

export function RoleNavigation({ role }: RoleNavigationProps) {
  const { t } = useTranslation();
  const designations = useQuery({ ...myDesignationsQuery(), enabled: DESIGNATABLE_ROLES.has(role) });
  const designee = (designations.data?.organisationIds.length ?? 0) > 0;
  return (
    <NavBar label={t('navigation.label')}>
      {navigationItems(role, { designee }).map((item) => (
        // A section is current on its own pages and the pages under it; the workspace home only
        // on itself, so "Home" is not highlighted on every workspace page.
        <NavListLink key={item.to} to={item.to} activeOptions={{ exact: isHome(item.to) }}>
          {t(item.labelKey)}
        </NavListLink>
      ))}
    </NavBar>
  );
}
