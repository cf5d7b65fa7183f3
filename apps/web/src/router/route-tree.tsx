import { createRootRouteWithContext, createRoute, redirect } from '@tanstack/react-router';
import { roleHomePath } from '../auth/role-home.ts';
import { findCachedOrFetchedSession, requireRoleHome, requireSession } from '../auth/session-guards.ts';
import { AppLayout } from '../layout/AppLayout.tsx';
import { HouseholdDossierPage } from '../pages/households/HouseholdDossierPage.tsx';
import { HouseholdsPage } from '../pages/households/HouseholdsPage.tsx';
import { IntakePage } from '../pages/intake/IntakePage.tsx';
import { PreparationPage } from '../pages/intake/PreparationPage.tsx';
import { LoginPage } from '../pages/LoginPage.tsx';
import { NotFoundPage } from '../pages/NotFoundPage.tsx';
import { PortalHomePage } from '../pages/PortalHomePage.tsx';
import { CoordinatorPlanPage } from '../pages/plans/CoordinatorPlanPage.tsx';
import { PortalPlanPage } from '../pages/plans/PortalPlanPage.tsx';
import { WorkspaceHomePage } from '../pages/WorkspaceHomePage.tsx';
import { assignmentRoutes } from './assignment-routes.tsx';
import { consentRoutes } from './consent-routes.tsx';
import { referralRoutes } from './referral-routes.tsx';
import type { RouterContext } from './router-context.ts';

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
  component: WorkspaceHomePage,
});

const portalHomeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mijn-plan',
  beforeLoad: async ({ context }) => {
    requireRoleHome(await requireSession(context.queryClient), '/mijn-plan');
  },
  component: PortalHomePage,
});

const householdPlanRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/werkruimte/huishoudens/$householdId/plan',
  beforeLoad: async ({ context }) => {
    requireRoleHome(await requireSession(context.queryClient), '/werkruimte');
  },
  component: CoordinatorPlanPage,
});

const portalPlanRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mijn-plan/plan',
  beforeLoad: async ({ context }) => {
    requireRoleHome(await requireSession(context.queryClient), '/mijn-plan');
  },
  component: PortalPlanPage,
});

const householdsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/werkruimte/huishoudens',
  beforeLoad: async ({ context }) => {
    requireRoleHome(await requireSession(context.queryClient), '/werkruimte');
  },
  component: HouseholdsPage,
});

const householdDossierRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/werkruimte/huishoudens/$householdId',
  beforeLoad: async ({ context }) => {
    requireRoleHome(await requireSession(context.queryClient), '/werkruimte');
  },
  component: HouseholdDossierPage,
});

const householdIntakeRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/werkruimte/huishoudens/$householdId/keukentafelgesprek',
  beforeLoad: async ({ context }) => {
    requireRoleHome(await requireSession(context.queryClient), '/werkruimte');
  },
  component: IntakePage,
});

const portalPreparationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mijn-plan/voorbereiding',
  beforeLoad: async ({ context }) => {
    requireRoleHome(await requireSession(context.queryClient), '/mijn-plan');
  },
  component: PreparationPage,
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
]);
