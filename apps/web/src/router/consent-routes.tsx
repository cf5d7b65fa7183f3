import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireRoleHome, requireSession } from '../auth/session-guards.ts';
import type { RouterContext } from './router-context.ts';

const residentOnly = async ({ context }: { context: unknown }) => {
  requireRoleHome(await requireSession((context as RouterContext).queryClient), '/mijn-plan');
};

const workspaceOnly = async ({ context }: { context: unknown }) => {
  requireRoleHome(await requireSession((context as RouterContext).queryClient), '/werkruimte');
};

/** The family's consents ("Wie mag wat zien") and access log ("Wie heeft mijn gegevens bekeken"). */
export function consentRoutes<TRoot extends AnyRoute>(rootRoute: TRoot) {
  return [
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/mijn-plan/toestemmingen',
      beforeLoad: residentOnly,
      component: lazyRouteComponent(() => import('../pages/consent/ConsentsPage.tsx'), 'ConsentsPage'),
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/mijn-plan/wie-heeft-gekeken',
      beforeLoad: residentOnly,
      component: lazyRouteComponent(() => import('../pages/consent/AccessLogPage.tsx'), 'AccessLogPage'),
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/werkruimte/huishoudens/$householdId/toestemmingen',
      beforeLoad: workspaceOnly,
      component: lazyRouteComponent(
        () => import('../pages/consent/ConsentsPage.tsx'),
        'HouseholdConsentsPage',
      ),
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/werkruimte/gedeeld',
      beforeLoad: workspaceOnly,
      component: lazyRouteComponent(
        () => import('../pages/consent/SharedHouseholdsPage.tsx'),
        'SharedHouseholdsPage',
      ),
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/werkruimte/gedeeld/$householdId',
      beforeLoad: workspaceOnly,
      component: lazyRouteComponent(
        () => import('../pages/consent/SharedHouseholdPage.tsx'),
        'SharedHouseholdPage',
      ),
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/werkruimte/noodtoegang',
      beforeLoad: workspaceOnly,
      component: lazyRouteComponent(() => import('../pages/consent/BreakGlassPage.tsx'), 'BreakGlassPage'),
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/werkruimte/noodtoegang/beoordelen',
      beforeLoad: workspaceOnly,
      component: lazyRouteComponent(
        () => import('../pages/consent/BreakGlassReviewsPage.tsx'),
        'BreakGlassReviewsPage',
      ),
    }),
  ];
}
