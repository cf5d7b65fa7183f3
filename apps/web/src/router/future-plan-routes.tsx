import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireRoleHome, requireSession } from '../auth/session-guards.ts';
import { requireRole } from './require-role.ts';
import type { RouterContext } from './router-context.ts';

/**
 * The youth's toekomstplan in the portal (the coordinator's view lives on the household dossier),
 * and the administrator's settings.
 */
export function futurePlanRoutes<TRoot extends AnyRoute>(rootRoute: TRoot) {
  return [
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/mijn-plan/toekomstplan',
      beforeLoad: async ({ context }: { context: unknown }) => {
        requireRoleHome(await requireSession((context as RouterContext).queryClient), '/mijn-plan');
      },
      component: lazyRouteComponent(
        () => import('../pages/futurePlan/PortalFuturePlanPage.tsx'),
        'PortalFuturePlanPage',
      ),
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/beheer/toekomstplan',
      beforeLoad: requireRole(['admin']),
      component: lazyRouteComponent(
        () => import('../pages/futurePlan/FuturePlanAdminPage.tsx'),
        'FuturePlanAdminPage',
      ),
    }),
  ];
}
