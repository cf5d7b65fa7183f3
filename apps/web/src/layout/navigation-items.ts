import type { Role } from '@een-plan/contracts';
import type { RoleHomePath } from '../auth/role-home.ts';
import {
  type AssignmentNavigationLabel,
  type AssignmentNavigationPath,
  assignmentNavigationItems,
} from '../pages/assignments/navigation.ts';
import {
  type PlacementNavigationLabel,
  type PlacementNavigationPath,
  placementNavigationItems,
} from '../pages/placements/navigation.ts';
import {
  type ReferralNavigationLabel,
  type ReferralNavigationPath,
  referralNavigationItems,
} from '../pages/referrals/navigation.ts';

interface NavigationItem {
  to:
    | RoleHomePath
    | ReferralNavigationPath
    | AssignmentNavigationPath
    | PlacementNavigationPath
    | '/werkruimte/huishoudens'
    | '/werkruimte/gedeeld'
    | '/werkruimte/noodtoegang'
    | '/werkruimte/noodtoegang/beoordelen'
    | '/taken'
    | '/crisis'
    | '/maatregelen'
    | '/werkruimte/rechten'
    | '/mijn-rechten'
    | '/werkruimte/veilig-thuis'
    | '/werkruimte/meldcode-organisatie';
  labelKey:
    | 'navigation.home'
    | 'navigation.myPlan'
    | 'navigation.households'
    | 'consentNav.shared'
    | 'breakGlass.nav'
    | 'breakGlassReview.nav'
    | 'veiligThuis.nav'
    | 'tasks.nav'
    | 'crisis.nav'
    | 'protection.nav'
    | 'rights.portal.nav'
    | 'rights.work.nav'
    | 'meldcode.organisation.nav'
    | ReferralNavigationLabel
    | AssignmentNavigationLabel
    | PlacementNavigationLabel;
}

/** Roles whose members an organisation can designate as its aandachtsfunctionaris (meldcode). */
export const DESIGNATABLE_ROLES: ReadonlySet<Role> = new Set([
  'coordinator',
  'team_lead',
  'source',
  'provider',
]);

/**
 * Only pages that exist are listed; each role sees the part of the product it works in. The
 * aandachtsfunctionaris is a designation, not a role: the caller says whether the user holds one.
 */
export function navigationItems(role: Role, options: { designee?: boolean } = {}): NavigationItem[] {
  if (role === 'resident') {
    return [
      { to: '/mijn-plan', labelKey: 'navigation.myPlan' },
      { to: '/mijn-rechten', labelKey: 'rights.portal.nav' },
      ...referralNavigationItems(role),
    ];
  }
  // The caseload and household search are for the social team's professionals.
  const households: NavigationItem[] =
    role === 'coordinator' || role === 'team_lead'
      ? [
          { to: '/werkruimte/huishoudens', labelKey: 'navigation.households' },
          { to: '/werkruimte/rechten', labelKey: 'rights.work.nav' },
        ]
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
  // The crisis service works in its episodes; a GI in its child-protection measures.
  const crisisAndProtection: NavigationItem[] =
    role === 'crisis_service'
      ? [{ to: '/crisis', labelKey: 'crisis.nav' }]
      : role === 'certified_institution'
        ? [{ to: '/maatregelen', labelKey: 'protection.nav' }]
        : [];
  return [
    { to: '/werkruimte', labelKey: 'navigation.home' },
    { to: '/taken', labelKey: 'tasks.nav' },
    ...households,
    ...shared,
    ...breakGlass,
    ...crisisAndProtection,
    ...(options.designee && DESIGNATABLE_ROLES.has(role)
      ? [{ to: '/werkruimte/meldcode-organisatie', labelKey: 'meldcode.organisation.nav' } as const]
      : []),
    ...referralNavigationItems(role),
    ...assignmentNavigationItems(role),
    ...placementNavigationItems(role),
  ];
}
