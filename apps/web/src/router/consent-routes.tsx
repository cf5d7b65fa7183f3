import { type AnyRoute, createRoute } from '@tanstack/react-router';
import { requireRoleHome, requireSession } from '../auth/session-guards.ts';
import { AccessLogPage } from '../pages/consent/AccessLogPage.tsx';
import { BreakGlassPage } from '../pages/consent/BreakGlassPage.tsx';
import { BreakGlassReviewsPage } from '../pages/consent/BreakGlassReviewsPage.tsx';
import { ConsentsPage, HouseholdConsentsPage } from '../pages/consent/ConsentsPage.tsx';
import { SharedHouseholdPage } from '../pages/consent/SharedHouseholdPage.tsx';
import { SharedHouseholdsPage } from '../pages/consent/SharedHouseholdsPage.tsx';
import type { RouterContext } from './router-context.ts';

const residentOnly = async ({ context }: { context: unknown }) => {
  requireRoleHome(await requireSession((context as RouterContext).queryClient), '/mijn-plan');
};

const workspaceOnly = async ({ context }: { context: unknown }) => {
  requireRoleHome(await requireSession((context as RouterContext).queryClient), '/werkruimte');
};

/** The family's consents ("Wie mag wat zien") and access log ("Wie heeft mijn gegevens bekeken"). */
export function consentRoutes<TRoot extends AnyRoute>(rootRoute: TRoot) {
  return [
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/mijn-plan/toestemmingen',
      beforeLoad: residentOnly,
      component: ConsentsPage,
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/mijn-plan/wie-heeft-gekeken',
      beforeLoad: residentOnly,
      component: AccessLogPage,
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/werkruimte/huishoudens/$householdId/toestemmingen',
      beforeLoad: workspaceOnly,
      component: HouseholdConsentsPage,
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/werkruimte/gedeeld',
      beforeLoad: workspaceOnly,
      component: SharedHouseholdsPage,
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/werkruimte/gedeeld/$householdId',
      beforeLoad: workspaceOnly,
      component: SharedHouseholdPage,
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/werkruimte/noodtoegang',
      beforeLoad: workspaceOnly,
      component: BreakGlassPage,
    }),
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/werkruimte/noodtoegang/beoordelen',
      beforeLoad: workspaceOnly,
      component: BreakGlassReviewsPage,
    }),
  ];
}
