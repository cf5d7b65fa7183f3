import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireRoleHome, requireSession } from '../auth/session-guards.ts';
import type { RouterContext } from './router-context.ts';

const professional = async ({ context }: { context: unknown }) => {
  requireRoleHome(await requireSession((context as RouterContext).queryClient), '/werkruimte');
};

/** "Mijn taken" and the person's notification settings (professionals). */
export function taskRoutes<TRoot extends AnyRoute>(rootRoute: TRoot) {
  return [
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/taken',
      beforeLoad: professional,
      component: lazyRouteComponent(() => import('../pages/tasks/TasksPage.tsx'), 'TasksPage'),
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/instellingen',
      beforeLoad: professional,
      component: lazyRouteComponent(
        () => import('../pages/tasks/NotificationSettingsPage.tsx'),
        'NotificationSettingsPage',
      ),
    }),
  ];
}
