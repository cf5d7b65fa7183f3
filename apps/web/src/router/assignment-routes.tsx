import { type AnyRoute, createRoute } from '@tanstack/react-router';
import { requireRoleHome, requireSession } from '../auth/session-guards.ts';
import { ContractsAdminPage } from '../pages/assignments/ContractsAdminPage.tsx';
import { MessagesPage } from '../pages/assignments/MessagesPage.tsx';
import { ProviderAssignmentsPage } from '../pages/assignments/ProviderAssignmentsPage.tsx';
import { RequestsPage } from '../pages/assignments/RequestsPage.tsx';
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
      component: ProviderAssignmentsPage,
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/beheer/berichten',
      beforeLoad: professional,
      component: MessagesPage,
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/verzoeken',
      beforeLoad: professional,
      component: RequestsPage,
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/beheer/contracten',
      beforeLoad: professional,
      component: ContractsAdminPage,
    }),
  ];
}
