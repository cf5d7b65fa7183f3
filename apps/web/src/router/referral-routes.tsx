import type { Role } from '@een-plan/contracts';
import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireRole } from './require-role.ts';

const REPORTER_ROLES: readonly Role[] = ['source', 'coordinator', 'team_lead', 'resident'];
const TEAM_ROLES: readonly Role[] = ['coordinator', 'team_lead'];

/** Signals, triage, waiting times, the social map, area administration and the public page. */
export function referralRoutes<TRoot extends AnyRoute>(rootRoute: TRoot) {
  const whereToGo = createRoute({
    getParentRoute: () => rootRoute,
    path: '/waar-kan-ik-terecht',
    component: lazyRouteComponent(() => import('../pages/public/WhereToGoPage.tsx'), 'WhereToGoPage'),
  });
  const newSignal = createRoute({
    getParentRoute: () => rootRoute,
    path: '/aanmelden',
    beforeLoad: requireRole(REPORTER_ROLES),
    component: lazyRouteComponent(() => import('../pages/referrals/SignalFormPage.tsx'), 'SignalFormPage'),
  });
  const mySignals = createRoute({
    getParentRoute: () => rootRoute,
    path: '/mijn-aanmeldingen',
    beforeLoad: requireRole(REPORTER_ROLES),
    component: lazyRouteComponent(() => import('../pages/referrals/MySignalsPage.tsx'), 'MySignalsPage'),
  });
  const queue = createRoute({
    getParentRoute: () => rootRoute,
    path: '/aanmeldingen',
    beforeLoad: requireRole(TEAM_ROLES),
    component: lazyRouteComponent(() => import('../pages/referrals/TriageQueuePage.tsx'), 'TriageQueuePage'),
  });
  const detail = createRoute({
    getParentRoute: () => rootRoute,
    path: '/aanmeldingen/$referralId',
    beforeLoad: requireRole(TEAM_ROLES),
    component: lazyRouteComponent(
      () => import('../pages/referrals/SignalDetailPage.tsx'),
      'SignalDetailPage',
    ),
  });
  // The team sees its own signals; the policy analyst sees the same waiting times as figures per area.
  const waitingTimes = createRoute({
    getParentRoute: () => rootRoute,
    path: '/wachttijden',
    beforeLoad: requireRole([...TEAM_ROLES, 'policy_analyst']),
    component: lazyRouteComponent(
      () => import('../pages/referrals/WaitingTimesRolePage.tsx'),
      'WaitingTimesRolePage',
    ),
  });
  const outcomes = createRoute({
    getParentRoute: () => rootRoute,
    path: '/uitkomsten',
    beforeLoad: requireRole(['policy_analyst', 'admin']),
    component: lazyRouteComponent(() => import('../pages/outcomes/OutcomesPage.tsx'), 'OutcomesPage'),
  });
  const budget = createRoute({
    getParentRoute: () => rootRoute,
    path: '/budget',
    beforeLoad: requireRole(['policy_analyst', 'team_lead', 'admin']),
    component: lazyRouteComponent(() => import('../pages/budgets/BudgetPage.tsx'), 'BudgetPage'),
  });
  const budgetsAdmin = createRoute({
    getParentRoute: () => rootRoute,
    path: '/beheer/budgetten',
    beforeLoad: requireRole(['admin']),
    component: lazyRouteComponent(() => import('../pages/budgets/BudgetsAdminPage.tsx'), 'BudgetsAdminPage'),
  });
  const cbsDelivery = createRoute({
    getParentRoute: () => rootRoute,
    path: '/beheer/cbs-levering',
    beforeLoad: requireRole(['admin']),
    component: lazyRouteComponent(() => import('../pages/budgets/CbsDeliveryPage.tsx'), 'CbsDeliveryPage'),
  });
  const socialMap = createRoute({
    getParentRoute: () => rootRoute,
    path: '/sociale-kaart',
    beforeLoad: requireRole('any'),
    component: lazyRouteComponent(() => import('../pages/social-map/SocialMapPage.tsx'), 'SocialMapPage'),
  });
  const areas = createRoute({
    getParentRoute: () => rootRoute,
    path: '/beheer/gebieden',
    beforeLoad: requireRole(['admin']),
    component: lazyRouteComponent(() => import('../pages/admin/AreasAdminPage.tsx'), 'AreasAdminPage'),
  });
  const themeAdmin = createRoute({
    getParentRoute: () => rootRoute,
    path: '/beheer/huisstijl',
    beforeLoad: requireRole(['admin']),
    component: lazyRouteComponent(() => import('../pages/admin/ThemeAdminPage.tsx'), 'ThemeAdminPage'),
  });
  const retentionAdmin = createRoute({
    getParentRoute: () => rootRoute,
    path: '/beheer/bewaartermijnen',
    beforeLoad: requireRole(['admin']),
    component: lazyRouteComponent(
      () => import('../pages/admin/RetentionAdminPage.tsx'),
      'RetentionAdminPage',
    ),
  });
  const designationsAdmin = createRoute({
    getParentRoute: () => rootRoute,
    path: '/beheer/aandachtsfunctionarissen',
    beforeLoad: requireRole(['admin']),
    component: lazyRouteComponent(
      () => import('../pages/admin/DesignationsAdminPage.tsx'),
      'DesignationsAdminPage',
    ),
  });
  return [
    designationsAdmin,
    whereToGo,
    newSignal,
    mySignals,
    queue,
    detail,
    waitingTimes,
    outcomes,
    budget,
    budgetsAdmin,
    cbsDelivery,
    socialMap,
    areas,
    themeAdmin,
    retentionAdmin,
  ] as const;
}
