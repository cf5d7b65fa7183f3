import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireRoleHome, requireSession } from '../auth/session-guards.ts';
import { requireRole } from './require-role.ts';
import type { RouterContext } from './router-context.ts';

const residentOnly = async ({ context }: { context: unknown }) => {
  requireRoleHome(await requireSession((context as RouterContext).queryClient), '/mijn-plan');
};

const workspaceOnly = async ({ context }: { context: unknown }) => {
  requireRoleHome(await requireSession((context as RouterContext).queryClient), '/werkruimte');
};

/** Client rights: the resident's "Mijn rechten", the team's work list and one household's cases. */
export function rightsRoutes<TRoot extends AnyRoute>(rootRoute: TRoot) {
  return [
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/mijn-rechten',
      beforeLoad: residentOnly,
      component: lazyRouteComponent(() => import('../pages/rights/MyRightsPage.tsx'), 'MyRightsPage'),
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/werkruimte/rechten',
      beforeLoad: workspaceOnly,
      component: lazyRouteComponent(
        () => import('../pages/rights/RightsWorklistPage.tsx'),
        'RightsWorklistPage',
      ),
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/werkruimte/huishoudens/$householdId/rechten',
      beforeLoad: workspaceOnly,
      component: lazyRouteComponent(
        () => import('../pages/rights/HouseholdRightsPage.tsx'),
        'HouseholdRightsPage',
      ),
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/beheer/rechten',
      beforeLoad: requireRole(['admin']),
      component: lazyRouteComponent(
        () => import('../pages/rights/RightsSettingsPage.tsx'),
        'RightsSettingsPage',
      ),
    }),
  ];
}
