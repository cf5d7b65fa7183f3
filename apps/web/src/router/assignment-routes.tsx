import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireRoleHome, requireSession } from '../auth/session-guards.ts';
import type { RouterContext } from './router-context.ts';

const professional = async ({ context }: { context: unknown }) => {
  requireRoleHome(await requireSession((context as RouterContext).queryClient), '/werkruimte');
};

/** The provider's "Toewijzingen" and the administrator's iJw "Berichten". */
export function assignmentRoutes<TRoot extends AnyRoute>(rootRoute: TRoot) {
  return [
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/toewijzingen',
      beforeLoad: professional,
      component: lazyRouteComponent(
        () => import('../pages/assignments/ProviderAssignmentsPage.tsx'),
        'ProviderAssignmentsPage',
      ),
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/beheer/berichten',
      beforeLoad: professional,
      component: lazyRouteComponent(() => import('../pages/assignments/MessagesPage.tsx'), 'MessagesPage'),
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/verzoeken',
      beforeLoad: professional,
      component: lazyRouteComponent(() => import('../pages/assignments/RequestsPage.tsx'), 'RequestsPage'),
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/beheer/contracten',
      beforeLoad: professional,
      component: lazyRouteComponent(
        () => import('../pages/assignments/ContractsAdminPage.tsx'),
        'ContractsAdminPage',
      ),
    }),
  ];
}
