import {
  createRootRouteWithContext,
  createRoute,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { roleHomePath } from '../auth/role-home.ts';
import { findCachedOrFetchedSession, requireRoleHome, requireSession } from '../auth/session-guards.ts';
import { AppLayout } from '../layout/AppLayout.tsx';
import { LoginPage } from '../pages/LoginPage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { assignmentRoutes } from './assignment-routes.tsx';
import { consentRoutes } from './consent-routes.tsx';
import { crisisRoutes } from './crisis-routes.tsx';
import { futurePlanRoutes } from './future-plan-routes.tsx';
import { placementRoutes } from './placement-routes.tsx';
import { referralRoutes } from './referral-routes.tsx';
import { rightsRoutes } from './rights-routes.tsx';
import type { RouterContext } from './router-context.ts';
import { safetyRoutes } from './safety-routes.tsx';
import { taskRoutes } from './task-routes.tsx';

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: AppLayout,
  notFoundComponent: NotFoundPage,
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  beforeLoad: async ({ context }) => {
    const session = await findCachedOrFetchedSession(context.queryClient);
    throw redirect({ to: session ? roleHomePath(session.user.role) : '/inloggen', replace: true });
  },
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/inloggen',
  beforeLoad: async ({ context }) => {
    const session = await findCachedOrFetchedSession(context.queryClient);
    if (session) throw redirect({ to: roleHomePath(session.user.role), replace: true });
  },
  component: LoginPage,
});

const workspaceHomeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/werkruimte',
  beforeLoad: async ({ context }) => {
    requireRoleHome(await requireSession(context.queryClient), '/werkruimte');
  },
  component: lazyRouteComponent(() => import('../pages/WorkspaceHomePage.tsx'), 'WorkspaceHomePage'),
});

const portalHomeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mijn-plan',
  beforeLoad: async ({ context }) => {
    requireRoleHome(await requireSession(context.queryClient), '/mijn-plan');
  },
  component: lazyRouteComponent(() => import('../pages/PortalHomePage.tsx'), 'PortalHomePage'),
});

const householdPlanRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/werkruimte/huishoudens/$householdId/plan',
  beforeLoad: async ({ context }) => {
    requireRoleHome(await requireSession(context.queryClient), '/werkruimte');
  },
  component: lazyRouteComponent(
    () => import('../pages/plans/CoordinatorPlanPage.tsx'),
    'CoordinatorPlanPage',
  ),
});

const portalPlanRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mijn-plan/plan',
  beforeLoad: async ({ context }) => {
    requireRoleHome(await requireSession(context.queryClient), '/mijn-plan');
  },
  component: lazyRouteComponent(() => import('../pages/plans/PortalPlanPage.tsx'), 'PortalPlanPage'),
});

const householdsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/werkruimte/huishoudens',
  beforeLoad: async ({ context }) => {
    requireRoleHome(await requireSession(context.queryClient), '/werkruimte');
  },
  component: lazyRouteComponent(() => import('../pages/households/HouseholdsPage.tsx'), 'HouseholdsPage'),
});

const householdDossierRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/werkruimte/huishoudens/$householdId',
  beforeLoad: async ({ context }) => {
    requireRoleHome(await requireSession(context.queryClient), '/werkruimte');
  },
  component: lazyRouteComponent(
    () => import('../pages/households/HouseholdDossierPage.tsx'),
    'HouseholdDossierPage',
  ),
});

const householdIntakeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/werkruimte/huishoudens/$householdId/keukentafelgesprek',
  beforeLoad: async ({ context }) => {
    requireRoleHome(await requireSession(context.queryClient), '/werkruimte');
  },
  component: lazyRouteComponent(() => import('../pages/intake/IntakePage.tsx'), 'IntakePage'),
});

const portalPreparationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mijn-plan/voorbereiding',
  beforeLoad: async ({ context }) => {
    requireRoleHome(await requireSession(context.queryClient), '/mijn-plan');
  },
  component: lazyRouteComponent(() => import('../pages/intake/PreparationPage.tsx'), 'PreparationPage'),
});

export const routeTree = rootRoute.addChildren([
  indexRoute,
  loginRoute,
  workspaceHomeRoute,
  portalHomeRoute,
  householdPlanRoute,
  portalPlanRoute,
  householdsRoute,
  householdDossierRoute,
  householdIntakeRoute,
  portalPreparationRoute,
  ...referralRoutes(rootRoute),
  ...consentRoutes(rootRoute),
  ...assignmentRoutes(rootRoute),
  ...taskRoutes(rootRoute),
  ...crisisRoutes(rootRoute),
  ...placementRoutes(rootRoute),
  ...futurePlanRoutes(rootRoute),
  ...rightsRoutes(rootRoute),
  ...safetyRoutes(rootRoute),
]);
