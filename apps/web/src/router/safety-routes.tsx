import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireRoleHome, requireSession } from '../auth/session-guards.ts';
import type { RouterContext } from './router-context.ts';

const workspaceOnly = async ({ context }: { context: unknown }) => {
  requireRoleHome(await requireSession((context as RouterContext).queryClient), '/werkruimte');
};

/** The meldcode (a household's tracks, one track) and Veilig Thuis's queue of reports. */
export function safetyRoutes<TRoot extends AnyRoute>(rootRoute: TRoot) {
  return [
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/werkruimte/huishoudens/$householdId/meldcode',
      beforeLoad: workspaceOnly,
      component: lazyRouteComponent(
        () => import('../pages/safety/HouseholdTracksPage.tsx'),
        'HouseholdTracksPage',
      ),
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/werkruimte/meldcode/$trackId',
      beforeLoad: workspaceOnly,
      component: lazyRouteComponent(() => import('../pages/safety/TrackPage.tsx'), 'TrackPage'),
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/werkruimte/meldcode-organisatie',
      beforeLoad: workspaceOnly,
      component: lazyRouteComponent(
        () => import('../pages/safety/OrganisationTracksPage.tsx'),
        'OrganisationTracksPage',
      ),
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/werkruimte/veilig-thuis',
      beforeLoad: workspaceOnly,
      component: lazyRouteComponent(
        () => import('../pages/safety/VeiligThuisQueuePage.tsx'),
        'VeiligThuisQueuePage',
      ),
    }),
  ];
}
