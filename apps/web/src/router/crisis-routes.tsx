import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireRoleHome, requireSession } from '../auth/session-guards.ts';
import type { RouterContext } from './router-context.ts';

const professional = async ({ context }: { context: unknown }) => {
  requireRoleHome(await requireSession((context as RouterContext).queryClient), '/werkruimte');
};

/**
 * Crisis episodes (the crisis service; one episode also for the household's team and a receiving
 * provider) and child-protection measures (the GI; one measure also for the household's team).
 */
export function crisisRoutes<TRoot extends AnyRoute>(rootRoute: TRoot) {
  return [
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/crisis',
      beforeLoad: professional,
      component: lazyRouteComponent(
        () => import('../pages/crisis/CrisisEpisodesPage.tsx'),
        'CrisisEpisodesPage',
      ),
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/crisis/$episodeId',
      beforeLoad: professional,
      component: lazyRouteComponent(
        () => import('../pages/crisis/CrisisEpisodePage.tsx'),
        'CrisisEpisodePage',
      ),
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/maatregelen',
      beforeLoad: professional,
      component: lazyRouteComponent(() => import('../pages/protection/MeasuresPage.tsx'), 'MeasuresPage'),
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/maatregelen/$measureId',
      beforeLoad: professional,
      component: lazyRouteComponent(() => import('../pages/protection/MeasurePage.tsx'), 'MeasurePage'),
    }),
  ];
}
