import type { Role } from '@een-plan/contracts';
import { type AnyRoute, createRoute, redirect } from '@tanstack/react-router';
import { roleHomePath } from '../auth/role-home.ts';
import { requireSession } from '../auth/session-guards.ts';
import { AreasAdminPage } from '../pages/admin/AreasAdminPage.tsx';
import { ThemeAdminPage } from '../pages/admin/ThemeAdminPage.tsx';
import { WhereToGoPage } from '../pages/public/WhereToGoPage.tsx';
import { MySignalsPage } from '../pages/referrals/MySignalsPage.tsx';
import { SignalDetailPage } from '../pages/referrals/SignalDetailPage.tsx';
import { SignalFormPage } from '../pages/referrals/SignalFormPage.tsx';
import { TriageQueuePage } from '../pages/referrals/TriageQueuePage.tsx';
import { WaitingTimesPage } from '../pages/referrals/WaitingTimesPage.tsx';
import { SocialMapPage } from '../pages/social-map/SocialMapPage.tsx';
import type { RouterContext } from './router-context.ts';

export const REPORTER_ROLES: readonly Role[] = ['source', 'coordinator', 'team_lead', 'resident'];
export const TEAM_ROLES: readonly Role[] = ['coordinator', 'team_lead'];

/** Sends a logged-in user whose role has no business on a page to their own home. */
function requireRole(roles: readonly Role[] | 'any') {
  return async ({ context }: { context: unknown }) => {
    const session = await requireSession((context as RouterContext).queryClient);
    if (roles !== 'any' && !roles.includes(session.user.role)) {
      throw redirect({ to: roleHomePath(session.user.role), replace: true });
    }
  };
}

/** Signals, triage, waiting times, the social map, area administration and the public page. */
export function referralRoutes<TRoot extends AnyRoute>(rootRoute: TRoot) {
  const whereToGo = createRoute({
    getParentRoute: () => rootRoute,
    path: '/waar-kan-ik-terecht',
    component: WhereToGoPage,
  });
  const newSignal = createRoute({
    getParentRoute: () => rootRoute,
    path: '/aanmelden',
    beforeLoad: requireRole(REPORTER_ROLES),
    component: SignalFormPage,
  });
  const mySignals = createRoute({
    getParentRoute: () => rootRoute,
    path: '/mijn-aanmeldingen',
    beforeLoad: requireRole(REPORTER_ROLES),
    component: MySignalsPage,
  });
  const queue = createRoute({
    getParentRoute: () => rootRoute,
    path: '/aanmeldingen',
    beforeLoad: requireRole(TEAM_ROLES),
    component: TriageQueuePage,
  });
  const detail = createRoute({
    getParentRoute: () => rootRoute,
    path: '/aanmeldingen/$referralId',
    beforeLoad: requireRole(TEAM_ROLES),
    component: SignalDetailPage,
  });
  const waitingTimes = createRoute({
    getParentRoute: () => rootRoute,
    path: '/wachttijden',
    beforeLoad: requireRole(TEAM_ROLES),
    component: WaitingTimesPage,
  });
  const socialMap = createRoute({
    getParentRoute: () => rootRoute,
    path: '/sociale-kaart',
    beforeLoad: requireRole('any'),
    component: SocialMapPage,
  });
  const areas = createRoute({
    getParentRoute: () => rootRoute,
    path: '/beheer/gebieden',
    beforeLoad: requireRole(['admin']),
    component: AreasAdminPage,
  });
  const themeAdmin = createRoute({
    getParentRoute: () => rootRoute,
    path: '/beheer/huisstijl',
    beforeLoad: requireRole(['admin']),
    component: ThemeAdminPage,
  });
  return [
    whereToGo,
    newSignal,
    mySignals,
    queue,
    detail,
    waitingTimes,
    socialMap,
    areas,
    themeAdmin,
  ] as const;
}
