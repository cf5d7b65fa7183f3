import type { Role } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { NavBar, NavListLink } from '../components/NavBar.tsx';
import { navigationItems } from './navigation-items.ts';

export interface RoleNavigationProps {
  role: Role;
}

export function RoleNavigation({ role }: RoleNavigationProps) {
  const { t } = useTranslation();
  return (
    <NavBar label={t('navigation.label')}>
      {navigationItems(role).map((item) => (
        <NavListLink key={item.to} to={item.to}>
          {t(item.labelKey)}
        </NavListLink>
      ))}
    </NavBar>
  );
}
