import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireRoleHome, requireSession } from '../auth/session-guards.ts';
import type { RouterContext } from './router-context.ts';

const professional = async ({ context }: { context: unknown }) => {
  requireRoleHome(await requireSession((context as RouterContext).queryClient), '/werkruimte');
};

/** Plekvrij: the coordinator's search, the provider's places, the regional view. */
export function placementRoutes<TRoot extends AnyRoute>(rootRoute: TRoot) {
  return [
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/plekvrij',
      beforeLoad: professional,
      component: lazyRouteComponent(
        () => import('../pages/placements/PlaceSearchPage.tsx'),
        'PlaceSearchPage',
      ),
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/plekvrij/aanbod',
      beforeLoad: professional,
      component: lazyRouteComponent(
        () => import('../pages/placements/ProviderPlacesPage.tsx'),
        'ProviderPlacesPage',
      ),
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/plekvrij/regio',
      beforeLoad: professional,
      component: lazyRouteComponent(() => import('../pages/placements/RegionalPage.tsx'), 'RegionalPage'),
    }),
  ];
}
