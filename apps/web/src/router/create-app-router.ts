import type { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { LoadingState } from '../components/LoadingState.tsx';
import { RouteErrorPage } from '../pages/RouteErrorPage.tsx';
import { routeTree } from './route-tree.tsx';

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPendingComponent: LoadingState,
    defaultErrorComponent: RouteErrorPage,
    scrollRestoration: true,
    // The theme sets smooth scrolling; a new page should start at the top at once, like a page load.
    scrollRestorationBehavior: 'instant',
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
