import type { Role } from '@een-plan/contracts';

export type ReferralNavigationPath =
  | '/aanmelden'
  | '/mijn-aanmeldingen'
  | '/aanmeldingen'
  | '/wachttijden'
  | '/uitkomsten'
  | '/budget'
  | '/beheer/budgetten'
  | '/beheer/cbs-levering'
  | '/sociale-kaart'
  | '/beheer/gebieden'
  | '/beheer/huisstijl'
  | '/beheer/bewaartermijnen'
  | '/beheer/toekomstplan'
  | '/beheer/rechten'
  | '/beheer/aandachtsfunctionarissen';

export type ReferralNavigationLabel =
  | 'referralNav.newSignal'
  | 'referralNav.mySignals'
  | 'referralNav.triage'
  | 'referralNav.waitingTimes'
  | 'referralNav.outcomes'
  | 'budgets.nav'
  | 'budgets.adminNav'
  | 'budgets.cbsNav'
  | 'referralNav.socialMap'
  | 'referralNav.areas'
  | 'themeAdmin.nav'
  | 'retention.nav'
  | 'rights.admin.nav'
  | 'designations.nav'
  | 'futurePlan.admin.nav';

/** The navigation items of signals, triage, waiting times, the social map and areas, per role. */
export function referralNavigationItems(
  role: Role,
): Array<{ to: ReferralNavigationPath; labelKey: ReferralNavigationLabel }> {
  const items: Array<{ to: ReferralNavigationPath; labelKey: ReferralNavigationLabel }> = [];
  // The resident portal keeps its single "Mijn plan" entry; residents reach /aanmelden by address.
  if (role === 'resident') return items;
  if (role === 'team_lead' || role === 'coordinator')
    items.push({ to: '/aanmeldingen', labelKey: 'referralNav.triage' });
  if (role === 'team_lead') {
    items.push({ to: '/wachttijden', labelKey: 'referralNav.waitingTimes' });
    items.push({ to: '/budget', labelKey: 'budgets.nav' });
  }
  // The policy analyst: figures only (outcomes, and waiting times per area), small cells hidden.
  if (role === 'policy_analyst') {
    items.push({ to: '/uitkomsten', labelKey: 'referralNav.outcomes' });
    items.push({ to: '/wachttijden', labelKey: 'referralNav.waitingTimes' });
    items.push({ to: '/budget', labelKey: 'budgets.nav' });
  }
  if (['source', 'coordinator', 'team_lead'].includes(role)) {
    items.push({ to: '/aanmelden', labelKey: 'referralNav.newSignal' });
    items.push({ to: '/mijn-aanmeldingen', labelKey: 'referralNav.mySignals' });
  }
  items.push({ to: '/sociale-kaart', labelKey: 'referralNav.socialMap' });
  if (role === 'admin') {
    items.push({ to: '/beheer/gebieden', labelKey: 'referralNav.areas' });
    items.push({ to: '/beheer/huisstijl', labelKey: 'themeAdmin.nav' });
    items.push({ to: '/beheer/bewaartermijnen', labelKey: 'retention.nav' });
    items.push({ to: '/beheer/budgetten', labelKey: 'budgets.adminNav' });
    items.push({ to: '/beheer/cbs-levering', labelKey: 'budgets.cbsNav' });
    items.push({ to: '/beheer/toekomstplan', labelKey: 'futurePlan.admin.nav' });
    items.push({ to: '/beheer/rechten', labelKey: 'rights.admin.nav' });
    items.push({ to: '/beheer/aandachtsfunctionarissen', labelKey: 'designations.nav' });
  }
  return items;
}
