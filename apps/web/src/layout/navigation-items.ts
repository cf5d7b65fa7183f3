import type { Role } from '@een-plan/contracts';
import type { RoleHomePath } from '../auth/role-home.ts';
import {
  type AssignmentNavigationLabel,
  type AssignmentNavigationPath,
  assignmentNavigationItems,
} from '../pages/assignments/navigation.ts';
import {
  type ReferralNavigationLabel,
  type ReferralNavigationPath,
  referralNavigationItems,
} from '../pages/referrals/navigation.ts';

export interface NavigationItem {
  to:
    | RoleHomePath
    | ReferralNavigationPath
    | AssignmentNavigationPath
    | '/werkruimte/huishoudens'
    | '/werkruimte/gedeeld'
    | '/werkruimte/noodtoegang'
    | '/werkruimte/noodtoegang/beoordelen'
    | '/werkruimte/veilig-thuis'
    | '/taken';
  labelKey:
    | 'navigation.home'
    | 'navigation.myPlan'
    | 'navigation.households'
    | 'consentNav.shared'
    | 'breakGlass.nav'
    | 'breakGlassReview.nav'
    | 'veiligThuis.nav'
    | 'tasks.nav'
    | ReferralNavigationLabel
    | AssignmentNavigationLabel;
}

/** Only pages that exist are listed; each role sees the part of the product it works in. */
export function navigationItems(role: Role): NavigationItem[] {
  if (role === 'resident') {
    return [{ to: '/mijn-plan', labelKey: 'navigation.myPlan' }, ...referralNavigationItems(role)];
  }
  // The caseload and household search are for the social team's professionals.
  const households: NavigationItem[] =
    role === 'coordinator' || role === 'team_lead'
      ? [{ to: '/werkruimte/huishoudens', labelKey: 'navigation.households' }]
      : [];
  // Providers, schools and Veilig Thuis see households only through consent or break-glass.
  const shared: NavigationItem[] = ['source', 'provider', 'safety'].includes(role)
    ? [{ to: '/werkruimte/gedeeld', labelKey: 'consentNav.shared' }]
    : [];
  // Break-glass: Veilig Thuis opens under the meldcode, the team lead reviews.
  const breakGlass: NavigationItem[] =
    role === 'safety'
      ? [
          { to: '/werkruimte/veilig-thuis', labelKey: 'veiligThuis.nav' },
          { to: '/werkruimte/noodtoegang', labelKey: 'breakGlass.nav' },
        ]
      : role === 'team_lead'
        ? [{ to: '/werkruimte/noodtoegang/beoordelen', labelKey: 'breakGlassReview.nav' }]
        : [];
  return [
    { to: '/werkruimte', labelKey: 'navigation.home' },
    { to: '/taken', labelKey: 'tasks.nav' },
    ...households,
    ...shared,
    ...breakGlass,
    ...referralNavigationItems(role),
    ...assignmentNavigationItems(role),
  ];
}
